package eu.inzage.adapters.intake;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Builds raw RFC 5322 messages for the intake tests, so every header is exactly as written. */
final class RawMail {
  private final List<String> headers = new ArrayList<>();
  private String body = "Dear requester,\r\n\r\nplease find our answer.\r\n";
  private final List<String> parts = new ArrayList<>();
  private String multipartType = "multipart/mixed";

  private RawMail() {}

  /** A reply from a controller with a Message-ID. */
  static RawMail reply(String messageId) {
    RawMail mail = new RawMail();
    mail.header("From", "Privacy Team <privacy@controller.example>");
    mail.header("Date", "Mon, 2 Nov 2026 10:00:00 +0000");
    if (messageId != null) {
      mail.header("Message-ID", messageId);
    }
    mail.header("MIME-Version", "1.0");
    return mail;
  }

  RawMail header(String name, String value) {
    headers.add(name + ": " + value);
    return this;
  }

  RawMail to(String address) {
    return header("To", address);
  }

  RawMail subject(String subject) {
    return header("Subject", subject);
  }

  RawMail body(String text) {
    this.body = text;
    return this;
  }

  RawMail multipart(String type) {
    this.multipartType = type;
    return this;
  }

  /** Adds a text part (the body when it is the first part). */
  RawMail textPart(String text) {
    parts.add("Content-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n");
    return this;
  }

  /**
   * Adds a base64 attachment whose file name is written as given (may be encoded by the caller).
   */
  RawMail attachment(String contentType, String fileNameParameter, byte[] content) {
    String encoded =
        Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(content);
    parts.add(
        "Content-Type: "
            + contentType
            + "\r\nContent-Disposition: attachment; "
            + fileNameParameter
            + "\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + encoded
            + "\r\n");
    return this;
  }

  /** Adds a part written verbatim (headers, blank line, content). */
  RawMail rawPart(String part) {
    parts.add(part);
    return this;
  }

  String text() {
    StringBuilder out = new StringBuilder();
    for (String header : headers) {
      out.append(header).append("\r\n");
    }
    if (parts.isEmpty()) {
      if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Content-Type:", 0, 13))) {
        out.append("Content-Type: text/plain; charset=utf-8\r\n");
      }
      out.append("\r\n").append(body);
      return out.toString();
    }
    String boundary = "=_inzage_test_boundary";
    out.append("Content-Type: ")
        .append(multipartType)
        .append("; boundary=\"")
        .append(boundary)
        .append("\"\r\n\r\n");
    for (String part : parts) {
      out.append("--").append(boundary).append("\r\n").append(part);
    }
    out.append("--").append(boundary).append("--\r\n");
    return out.toString();
  }

  void deliverTo(GreenMailUser user) {
    user.deliver(GreenMailUtil.newMimeMessage(text()));
  }
}
