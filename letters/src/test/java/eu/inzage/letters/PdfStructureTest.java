package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDF as PDFBox reads it back: metadata, identifier and embedded fonts. */
class PdfStructureTest {

  @ParameterizedTest
  @EnumSource(LetterKind.class)
  void toPdf_everyKind_xmpRepeatsTheDocumentInformation(LetterKind kind) throws Exception {
    byte[] pdf = Fixtures.LETTERS.compose(Fixtures.input(kind, "de")).toPdf().bytes();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      XMPMetadata xmp;
      try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
        xmp = new DomXmpParser().parse(in);
      }
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle());
      assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(info.getAuthor());
      assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("de");
      assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
      assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo(info.getCreator());
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
          .isEqualTo(info.getCreationDate().toInstant())
          .isEqualTo(Fixtures.CLOCK.instant());
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
    }
  }

  @Test
  void toPdf_differentLetters_haveDifferentContentDerivedIds() throws Exception {
    byte[] access =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, "nl")).toPdf().bytes();
    byte[] erasure =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ERASURE, "nl")).toPdf().bytes();

    String first = id(access);
    assertThat(first).hasSize(32).isNotEqualTo(id(erasure));
    assertThat(
            id(Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, "nl")).toPdf().bytes()))
        .isEqualTo(first);
  }

  @Test
  void toPdf_fontsLoadedAfresh_giveTheSameFileAsCachedFonts() {
    Letters fresh = Letters.builder().clock(Fixtures.CLOCK).cacheFonts(false).build();
    LetterInput input = Fixtures.input(LetterKind.REMINDER, "fr");

    assertThat(fresh.compose(input).toPdf().sha256())
        .isEqualTo(Fixtures.LETTERS.compose(input).toPdf().sha256());
  }

  @Test
  void toPdf_fonts_areEmbeddedSubsetsWithUnicodeMaps() throws Exception {
    byte[] pdf = Fixtures.LETTERS.compose(Fixtures.input(LetterKind.MANDATE, "en")).toPdf().bytes();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      assertThat(resources.getFontNames()).hasSize(2);
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
        assertThat(font.getCOSObject().getCOSStream(COSName.TO_UNICODE)).isNotNull();
      }
    }
  }

  private static String id(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray id = doc.getDocument().getDocumentID();
      assertThat(id.size()).isEqualTo(2);
      return ((COSString) id.getObject(0)).toHexString();
    }
  }
}
