package eu.inzage.letters;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads text back out of a rendered PDF, as a reader's software would. */
final class PdfText {
  private PdfText() {}

  /** All text, with runs of white space collapsed to one space. */
  static String of(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** The text of pages {@code first} to {@code last} (from 1), white space collapsed. */
  static String pages(byte[] pdf, int first, int last) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(first);
      stripper.setEndPage(last);
      return stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** The right-most x coordinate any glyph reaches, in points. */
  static float maxRight(byte[] pdf) throws IOException {
    float[] max = {0};
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                max[0] = Math.max(max[0], p.getXDirAdj() + p.getWidthDirAdj());
              }
            }
          };
      stripper.getText(doc);
    }
    return max[0];
  }

  /** Collapses white space as {@link #of} does. */
  static String squash(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
