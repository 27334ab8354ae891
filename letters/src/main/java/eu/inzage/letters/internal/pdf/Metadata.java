package eu.inzage.letters.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.TransformerException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The XMP metadata packet of a letter, made with xmpbox: title, author and language (Dublin Core),
 * producer, creator tool and dates, and the PDF/A-2b identification. Serialising through XML is
 * slow next to the rest of a letter, so packets are kept by their content (a batch of letters
 * shares title, organisation, language and date); the cache is bounded.
 */
final class Metadata {
  static final String CREATOR = "Inzage letters";
  static final String PRODUCER = "Inzage letters (Apache PDFBox)";

  private static final int MAX_CACHED = 256;
  private static final Map<Key, byte[]> PACKETS = new ConcurrentHashMap<>();

  private Metadata() {}

  private record Key(String title, String author, String language, Instant at) {}

  /** Text fit for both the document information and XML: control characters become spaces. */
  static String plain(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? text : out.toString();
  }

  /** The serialised packet; the returned array is shared and must not be modified. */
  static byte[] xmp(String title, String author, String language, Instant at) {
    Key key = new Key(title, author, language, at);
    byte[] packet = PACKETS.get(key);
    if (packet == null) {
      packet = serialise(key);
      if (PACKETS.size() >= MAX_CACHED) {
        PACKETS.clear();
      }
      PACKETS.put(key, packet);
    }
    return packet;
  }

  /** A time as a UTC calendar, the form PDFBox and xmpbox take dates in. */
  static Calendar calendar(Instant at) {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    date.setTimeInMillis(at.toEpochMilli());
    return date;
  }

  private static byte[] serialise(Key key) {
    Calendar date = calendar(key.at());
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setFormat("application/pdf");
    dc.setTitle(key.title());
    dc.addCreator(key.author());
    dc.addLanguage(key.language());
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(CREATOR);
    basic.setCreateDate(date);
    basic.setModifyDate(date);
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    id.setPart(2);
    try {
      id.setConformance("B");
      ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
      new XmpSerializer().serialize(xmp, out, true);
      return out.toByteArray();
    } catch (BadFieldValueException | TransformerException e) {
      throw new IllegalStateException("XMP metadata could not be written", e);
    }
  }
}
