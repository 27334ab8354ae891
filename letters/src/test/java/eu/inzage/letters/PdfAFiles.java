package eu.inzage.letters;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Enclosures as a scanner or another program would make them: image-only pages (a redacted copy of
 * an identity document) as PDF/A-2b, and the ways a file can fail to be PDF/A.
 */
final class PdfAFiles {
  private PdfAFiles() {}

  /** A PDF/A-2b file of image-only A4 pages, as a scan of an identity document. */
  static byte[] scan(int pages) throws IOException {
    return build(pages, PDRectangle.A4, true, false, false);
  }

  /** The same pages with a PDF/A claim and an sRGB intent, but US Letter. */
  static byte[] letterSize() throws IOException {
    return build(1, PDRectangle.LETTER, true, false, false);
  }

  /** A plain PDF: no PDF/A claim, no output intent, a font that is not embedded. */
  static byte[] plainPdf() throws IOException {
    return build(1, PDRectangle.A4, false, true, false);
  }

  /** A PDF/A claim on a page whose font is not embedded (Helvetica of the standard 14). */
  static byte[] claimWithoutFonts() throws IOException {
    return build(1, PDRectangle.A4, true, true, false);
  }

  /** A PDF/A claim, encrypted with an empty user password. */
  static byte[] encrypted() throws IOException {
    return build(1, PDRectangle.A4, true, false, true);
  }

  private static byte[] build(
      int pages, PDRectangle size, boolean pdfa, boolean standardFont, boolean encrypt)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(new Color(0xE8, 0xEE, 0xF4));
      g.fillRect(0, 0, 320, 200);
      g.setColor(Color.BLACK);
      g.fillRect(20, 120, 200, 18);
      g.dispose();
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.drawImage(xobject, 60, 420, 320, 200);
          if (standardFont) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(60, 380);
            content.showText("Identity document");
            content.endText();
          }
        }
      }
      if (pdfa) {
        PDOutputIntent intent =
            new PDOutputIntent(
                doc,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
          id.setConformance("B");
          ByteArrayOutputStream packet = new ByteArrayOutputStream();
          new XmpSerializer().serialize(xmp, packet, true);
          PDMetadata metadata = new PDMetadata(doc);
          metadata.importXMPMetadata(packet.toByteArray());
          doc.getDocumentCatalog().setMetadata(metadata);
        } catch (Exception e) {
          throw new IOException(e);
        }
      }
      if (encrypt) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
