package eu.inzage.adapters.replies;

import eu.inzage.adapters.internal.replies.Labels;
import eu.inzage.core.StorageException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The plain text of a reply that came as a letter: a {@code .txt} file (UTF-8), an e-mail ({@code
 * .eml}: its first {@code text/plain} part, otherwise its first {@code text/html} part without
 * tags) or a {@code .pdf} (its text layer; a scan without one has no text). Messages name the file
 * only, never its content.
 */
public final class LetterText {
  /** The largest letter read, in bytes (16 MiB). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern BLOCK =
      Pattern.compile("(?i)<(br|/p|/div|/li|/h[1-6]|/tr)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

  private LetterText() {}

  /** Whether the file name is one of a letter ({@code .txt}, {@code .eml}, {@code .pdf}). */
  public static boolean isLetter(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".eml") || lower.endsWith(".pdf");
  }

  /**
   * Reads the letter's text. The source is not closed.
   *
   * @param fileName the file's name; its extension tells the format
   * @throws RejectedReplyException ({@code UNREADABLE_LETTER}) if it cannot be read, ({@code
   *     UNKNOWN_FORMAT}) if the extension is none of a letter
   * @throws StorageException if the source fails to read
   */
  public static String read(String fileName, InputStream source) {
    String name = Labels.safe(fileName);
    String lower = fileName.toLowerCase(Locale.ROOT);
    byte[] bytes = bytes(name, source);
    if (lower.endsWith(".txt")) {
      return utf8(name, bytes);
    }
    if (lower.endsWith(".eml")) {
      return email(name, bytes);
    }
    if (lower.endsWith(".pdf")) {
      return pdf(name, bytes);
    }
    throw new RejectedReplyException(
        RejectedReplyException.Reason.UNKNOWN_FORMAT,
        name + ": not a letter the reader knows (.txt, .eml or .pdf)");
  }

  private static byte[] bytes(String name, InputStream source) {
    try {
      byte[] bytes = source.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw unreadable(name, "longer than " + MAX_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new StorageException(name + ": the letter could not be read", e);
    }
  }

  private static String utf8(String name, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw unreadable(name, "not UTF-8 text");
    }
  }

  private static String email(String name, byte[] bytes) {
    try {
      MimeMessage message =
          new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
      String plain = firstText(message, "text/plain");
      if (plain != null) {
        return plain;
      }
      String html = firstText(message, "text/html");
      if (html != null) {
        return stripTags(html);
      }
      throw unreadable(name, "the e-mail has no text part");
    } catch (MessagingException | IOException | RuntimeException e) {
      if (e instanceof RejectedReplyException rejected) {
        throw rejected;
      }
      throw unreadable(name, "not a readable e-mail message");
    }
  }

  private static String firstText(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      Object content = part.getContent();
      return content instanceof String text ? text : null;
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String text = firstText(body, type);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  /** The text of an HTML body: scripts and styles dropped, block ends as line breaks, tags gone. */
  static String stripTags(String html) {
    String text = SCRIPT.matcher(html).replaceAll(" ");
    text = BLOCK.matcher(text).replaceAll("\n\n");
    text = TAG.matcher(text).replaceAll(" ");
    return text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String pdf(String name, byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException | RuntimeException e) {
      throw unreadable(name, "not a readable PDF");
    }
  }

  private static RejectedReplyException unreadable(String name, String why) {
    return new RejectedReplyException(
        RejectedReplyException.Reason.UNREADABLE_LETTER, name + ": " + why);
  }
}
