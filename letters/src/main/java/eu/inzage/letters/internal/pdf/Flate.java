package eu.inzage.letters.internal.pdf;

import eu.inzage.core.StorageException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Streams whose bytes are encoded once and reused: font subset programs, ToUnicode maps and the
 * sRGB profile are Flate-encoded with PDFBox's filter when first needed, and each document gets a
 * stream holding those encoded bytes, so PDFBox writes them without compressing them again.
 */
final class Flate {
  private Flate() {}

  /** Encodes bytes with PDFBox's FlateDecode filter. */
  static byte[] encode(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      FilterFactory.INSTANCE
          .getFilter(COSName.FLATE_DECODE)
          .encode(new ByteArrayInputStream(data), out, new COSDictionary(), 0);
      return out.toByteArray();
    } catch (IOException e) {
      throw new StorageException("cannot compress a PDF stream", e);
    }
  }

  /** A stream of the document holding bytes that are already Flate-encoded. */
  static COSStream stream(PDDocument document, byte[] encoded) throws IOException {
    COSStream stream = document.getDocument().createCOSStream();
    try (OutputStream out = stream.createRawOutputStream()) {
      out.write(encoded);
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    return stream;
  }
}
