package eu.inzage.adapters.internal.intake;

import eu.inzage.adapters.intake.KeepAsideReason;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the intake needs from a message and refuses hostile ones: over-long or malformed
 * headers, decoded header values with control characters, unreadable or absurd MIME structures,
 * attachment names that try to leave their folder.
 */
final class MessageInspector {
  /** The longest raw header line (a long References list is legitimate, 64 KiB is not). */
  static final int MAX_HEADER_LINE = 64 * 1024;

  /** The largest header block. */
  static final int MAX_HEADER_BLOCK = 256 * 1024;

  /** The longest decoded subject, in characters. */
  static final int MAX_SUBJECT = 1000;

  /** The deepest nesting of multiparts. */
  static final int MAX_DEPTH = 20;

  /** The most MIME parts in one message. */
  static final int MAX_PARTS = 500;

  /** The most characters of the plain-text body searched for a reference. */
  static final int MAX_BODY_CHARS = 256 * 1024;

  /** The most Message-IDs taken from In-Reply-To, References and a returned message. */
  static final int MAX_REPLIED_IDS = 200;

  /** A Message-ID with its angle brackets: printable ASCII without brackets or backslash. */
  static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x7E&&[^<>\\\\]]{1,250}>");

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

  private static final List<String> CHECKED_HEADERS =
      List.of(
          "Subject",
          "From",
          "To",
          "Cc",
          "Reply-To",
          "Delivered-To",
          "In-Reply-To",
          "References",
          "Auto-Submitted",
          "Precedence");

  /**
   * Who the message is; never refuses (a malformed id is noted, the key then comes from the
   * headers).
   */
  Identity identify(MimeMessage message) throws MessagingException {
    List<String> lines = Collections.list(message.getAllHeaderLines());
    String[] ids = message.getHeader("Message-ID");
    String messageId = null;
    boolean malformed = false;
    if (ids != null) {
      String candidate = ids.length == 1 ? MimeUtility.unfold(ids[0]).strip() : null;
      if (candidate != null && MESSAGE_ID.matcher(candidate).matches()) {
        messageId = candidate;
      } else {
        malformed = true;
      }
    }
    String key =
        messageId != null
            ? MessageKeys.ofMessageId(messageId)
            : MessageKeys.ofHeaders(lines, message.getSize());
    return new Identity(messageId, key, malformed, List.copyOf(lines));
  }

  /**
   * Checks the message and reads its addresses, ids, flags and parts (the parts' content is not
   * read, except the headers of a message returned in a bounce).
   */
  Inspection inspect(MimeMessage message, Identity identity)
      throws HostileMessage, MessagingException, IOException {
    checkHeaderBlock(identity);
    if (identity.malformedId()) {
      throw new HostileMessage(
          KeepAsideReason.MALFORMED_HEADER, "the Message-ID is malformed or given more than once");
    }
    for (String name : CHECKED_HEADERS) {
      String[] values = message.getHeader(name);
      if (values != null) {
        for (String value : values) {
          checkDecoded(name, value);
        }
      }
    }
    String rawSubject = message.getHeader("Subject", " ");
    String subject = rawSubject == null ? "" : decode(rawSubject);
    if (subject.length() > MAX_SUBJECT) {
      throw new HostileMessage(KeepAsideReason.HEADER_TOO_LONG, "the subject is absurdly long");
    }
    List<String> recipients = new ArrayList<>();
    for (String name : List.of("To", "Cc", "Delivered-To")) {
      String[] values = message.getHeader(name);
      if (values != null) {
        for (String value : values) {
          recipients.addAll(addresses(name, value));
        }
      }
    }
    Set<String> replied = new LinkedHashSet<>();
    collectIds(message.getHeader("In-Reply-To", " "), replied, false);
    collectIds(message.getHeader("References", " "), replied, true);

    ContentType type = contentType(message);
    boolean bounce =
        type.match("multipart/report")
            && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
    boolean autoReply = isAutoReply(message);

    Walk walk = new Walk(bounce, replied);
    walk.part(message, type, 0);
    return new Inspection(
        identity,
        subject,
        List.copyOf(recipients),
        List.copyOf(replied),
        bounce,
        autoReply,
        List.copyOf(walk.attachments),
        walk.body);
  }

  /** Up to {@value #MAX_BODY_CHARS} characters of a plain-text part, decoded. */
  static String readText(Part part) throws MessagingException, IOException {
    Charset charset = StandardCharsets.ISO_8859_1;
    String declared = contentType(part).getParameter("charset");
    if (declared != null) {
      try {
        charset = Charset.forName(MimeUtility.javaCharset(declared));
      } catch (IllegalArgumentException e) {
        // an unknown or illegal charset name: read the bytes as Latin-1, references are ASCII
      }
    } else {
      charset = StandardCharsets.US_ASCII;
    }
    StringBuilder text = new StringBuilder();
    try (InputStream in = part.getInputStream();
        Reader reader = new InputStreamReader(in, charset)) {
      char[] buffer = new char[8192];
      int read;
      while (text.length() < MAX_BODY_CHARS
          && (read =
                  reader.read(buffer, 0, Math.min(buffer.length, MAX_BODY_CHARS - text.length())))
              != -1) {
        text.append(buffer, 0, read);
      }
    }
    return text.toString();
  }

  private static void checkHeaderBlock(Identity identity) throws HostileMessage {
    long total = 0;
    for (String line : identity.headerLines()) {
      if (line.length() > MAX_HEADER_LINE) {
        throw new HostileMessage(KeepAsideReason.HEADER_TOO_LONG, "a header line is absurdly long");
      }
      total += line.length();
      if (total > MAX_HEADER_BLOCK) {
        throw new HostileMessage(
            KeepAsideReason.HEADER_TOO_LONG, "the header block is absurdly long");
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        boolean lineBreak = c == '\r' || c == '\n';
        if (c == 0 || (lineBreak && !isFoldingBreak(line, i))) {
          throw new HostileMessage(
              KeepAsideReason.MALFORMED_HEADER, "a header holds a bare CR, LF or NUL");
        }
      }
    }
  }

  /** CR LF, CR or LF followed by a space or tab continue the header (RFC 5322 folding). */
  private static boolean isFoldingBreak(String line, int index) {
    int next = index + 1;
    if (line.charAt(index) == '\r' && next < line.length() && line.charAt(next) == '\n') {
      return true; // judged at the LF
    }
    return next < line.length() && (line.charAt(next) == ' ' || line.charAt(next) == '\t');
  }

  private static void checkDecoded(String name, String raw) throws HostileMessage {
    String decoded = decode(raw);
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if ((Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029') {
        throw new HostileMessage(
            KeepAsideReason.MALFORMED_HEADER,
            "the decoded " + name + " header holds a control character");
      }
    }
  }

  private static String decode(String raw) {
    String unfolded = MimeUtility.unfold(raw);
    try {
      return MimeUtility.decodeText(unfolded);
    } catch (UnsupportedEncodingException e) {
      return unfolded;
    }
  }

  private static List<String> addresses(String name, String value) throws HostileMessage {
    InternetAddress[] parsed;
    try {
      parsed = InternetAddress.parseHeader(MimeUtility.unfold(value), false);
    } catch (AddressException e) {
      throw new HostileMessage(
          KeepAsideReason.MALFORMED_HEADER, "the " + name + " header is not an address list");
    }
    List<String> result = new ArrayList<>();
    for (InternetAddress address : parsed) {
      if (address.isGroup()) {
        try {
          for (Address member : address.getGroup(false)) {
            result.add(((InternetAddress) member).getAddress());
          }
        } catch (AddressException e) {
          throw new HostileMessage(
              KeepAsideReason.MALFORMED_HEADER, "the " + name + " header is not an address list");
        }
      } else if (address.getAddress() != null) {
        result.add(address.getAddress());
      }
    }
    return result;
  }

  private static void collectIds(String value, Set<String> into, boolean latestFirst) {
    if (value == null) {
      return;
    }
    List<String> found = new ArrayList<>();
    Matcher matcher = MESSAGE_ID.matcher(MimeUtility.unfold(value));
    while (matcher.find() && found.size() < MAX_REPLIED_IDS) {
      found.add(matcher.group());
    }
    if (latestFirst) {
      Collections.reverse(found);
    }
    for (String id : found) {
      if (into.size() < MAX_REPLIED_IDS) {
        into.add(id);
      }
    }
  }

  private static boolean isAutoReply(Message message) throws MessagingException {
    String autoSubmitted = firstValue(message, "Auto-Submitted");
    if (autoSubmitted != null && !autoSubmitted.equals("no")) {
      return true;
    }
    if (message.getHeader("X-Autoreply") != null) {
      return true;
    }
    String precedence = firstValue(message, "Precedence");
    return "auto_reply".equals(precedence) || "bulk".equals(precedence);
  }

  /**
   * A header's first value up to any parameter, comment or space (RFC 3834 allows {@code no
   * (comment)}), in lower case; null when absent.
   */
  private static String firstValue(Message message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    if (values == null || values.length == 0) {
      return null;
    }
    String value = MimeUtility.unfold(values[0]).strip();
    int end = 0;
    while (end < value.length() && ";( \t".indexOf(value.charAt(end)) < 0) {
      end++;
    }
    return value.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static ContentType contentType(Part part) throws MessagingException {
    String raw = part.getContentType();
    try {
      return new ContentType(raw == null ? "text/plain" : raw);
    } catch (ParseException e) {
      return null;
    }
  }

  /** The walk over the MIME tree. */
  private static final class Walk {
    private final boolean bounce;
    private final Set<String> replied;
    private final List<AttachmentPart> attachments = new ArrayList<>();
    private Part body;
    private int parts;

    Walk(boolean bounce, Set<String> replied) {
      this.bounce = bounce;
      this.replied = replied;
    }

    void part(Part part, ContentType type, int depth)
        throws HostileMessage, MessagingException, IOException {
      if (type == null) {
        throw new HostileMessage(KeepAsideReason.MALFORMED_MIME, "a Content-Type cannot be parsed");
      }
      if (depth > MAX_DEPTH) {
        throw new HostileMessage(KeepAsideReason.MALFORMED_MIME, "the parts are nested too deeply");
      }
      if (++parts > MAX_PARTS) {
        throw new HostileMessage(KeepAsideReason.MALFORMED_MIME, "the message has too many parts");
      }
      if (type.match("multipart/*")) {
        Object content = part.getContent();
        if (!(content instanceof Multipart multipart)) {
          throw new HostileMessage(KeepAsideReason.MALFORMED_MIME, "a multipart cannot be read");
        }
        int count = multipart.getCount();
        if (count == 0) {
          throw new HostileMessage(KeepAsideReason.MALFORMED_MIME, "a multipart has no parts");
        }
        for (int i = 0; i < count; i++) {
          Part child = multipart.getBodyPart(i);
          part(child, contentType(child), depth + 1);
        }
        return;
      }
      leaf(part, type);
    }

    private void leaf(Part part, ContentType type)
        throws HostileMessage, MessagingException, IOException {
      String disposition;
      String name;
      try {
        disposition = part.getDisposition();
        name = part.getFileName();
      } catch (ParseException e) {
        throw new HostileMessage(
            KeepAsideReason.MALFORMED_MIME, "a Content-Disposition cannot be parsed");
      }
      if (name != null && name.contains("=?")) {
        name =
            decode(name); // an RFC 2047 encoded word, which Jakarta Mail leaves encoded by default
      }
      if (name != null && FileNames.isUnsafe(name)) {
        throw new HostileMessage(
            KeepAsideReason.UNSAFE_ATTACHMENT_NAME,
            "an attachment name is an absolute path or climbs out of its folder");
      }
      boolean text = type.match("text/plain") || type.match("text/html");
      if (bounce && isReturnedHeaders(type)) {
        returnedId(part);
      }
      if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || name != null || !text) {
        int index = attachments.size() + 1;
        attachments.add(new AttachmentPart(part, FileNames.sanitise(name, index), mediaType(type)));
      } else if (body == null && type.match("text/plain")) {
        body = part;
      }
    }

    private static boolean isReturnedHeaders(ContentType type) {
      return type.match("message/rfc822")
          || type.match("text/rfc822-headers")
          || type.match("message/global-headers");
    }

    /** The Message-ID of the message a bounce returns, from the returned header block. */
    private void returnedId(Part part) throws MessagingException, IOException {
      InternetHeaders headers;
      try (InputStream in = new BoundedInputStream(part.getInputStream(), MAX_HEADER_BLOCK)) {
        headers = new InternetHeaders(in);
      }
      String id = headers.getHeader("Message-ID", null);
      if (id != null && replied.size() < MAX_REPLIED_IDS) {
        String unfolded = MimeUtility.unfold(id).strip();
        if (MESSAGE_ID.matcher(unfolded).matches()) {
          replied.add(unfolded);
        }
      }
    }

    private static String mediaType(ContentType type) {
      String base = type.getBaseType().toLowerCase(Locale.ROOT);
      return MEDIA_TYPE.matcher(base).matches() ? base : "application/octet-stream";
    }
  }
}
