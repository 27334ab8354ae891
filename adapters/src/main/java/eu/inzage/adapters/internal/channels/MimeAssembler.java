package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.Attachment;
import eu.inzage.adapters.channels.EmailSubmission;
import eu.inzage.adapters.channels.Mailbox;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Assembles an {@link EmailSubmission} into MIME bytes once: multipart/mixed with a text/plain
 * UTF-8 body (quoted-printable) and base64 attachments; From, To, Cc, Reply-To and Subject RFC 2047
 * encoded where not ASCII; a Date from the injected clock (UTC); a Message-ID derived from the
 * reference alone, so the same reference always gives the same Message-ID; a multipart boundary
 * derived from it as well, so that the same submission at the same instant gives the same bytes.
 */
public final class MimeAssembler {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
  private static final String UTF_8 = "UTF-8";

  private MimeAssembler() {}

  /**
   * The Message-ID for a reference: {@code <32 hex digits of SHA-256(reference)@domain>}, the
   * domain being the sender's.
   */
  public static String messageId(String reference, String domain) {
    return "<"
        + Hashes.sha256Hex(reference.getBytes(StandardCharsets.UTF_8)).substring(0, 32)
        + "@"
        + domain
        + ">";
  }

  /** The submission as the bytes that will be sent, with the date of the clock's instant. */
  public static AssembledMessage assemble(EmailSubmission submission, Clock clock) {
    String messageId = messageId(submission.reference(), submission.from().domain());
    try {
      MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), messageId);
      message.setFrom(internet(submission.from()));
      message.setRecipients(Message.RecipientType.TO, internet(submission.to()));
      if (!submission.cc().isEmpty()) {
        message.setRecipients(Message.RecipientType.CC, internet(submission.cc()));
      }
      if (submission.replyTo().isPresent()) {
        message.setReplyTo(new Address[] {new InternetAddress(submission.replyTo().get())});
      }
      message.setSubject(submission.subject(), UTF_8);
      message.setHeader("Date", DATE.format(clock.instant().atOffset(ZoneOffset.UTC)));

      MimeMultipart mixed = new FixedBoundaryMultipart(boundary(submission.reference()));
      MimeBodyPart text = new MimeBodyPart();
      text.setText(crlf(submission.body()), UTF_8, "plain");
      text.setHeader("Content-Transfer-Encoding", "quoted-printable");
      mixed.addBodyPart(text);
      for (Attachment attachment : submission.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.fileName());
        part.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(part);
      }
      message.setContent(mixed);
      message.saveChanges();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      byte[] bytes = endWithCrlf(out.toByteArray());
      return new AssembledMessage(
          submission.reference(),
          messageId,
          bytes,
          Hashes.sha256Hex(bytes),
          submission.from().address(),
          submission.recipients().stream().map(Mailbox::address).toList(),
          submission.attachments().stream().map(Attachment::fileName).toList());
    } catch (MessagingException e) {
      // every value was checked by the builder; a failure here is a defect, not bad input
      throw new IllegalStateException(
          "assembling submission " + submission.reference() + " failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
  }

  /**
   * The message ending in CRLF: SMTP transmits a last line without one with a CRLF added, so the
   * bytes hashed and written to the outbox end the same way as those the server receives.
   */
  private static byte[] endWithCrlf(byte[] bytes) {
    int n = bytes.length;
    if (n >= 2 && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
      return bytes;
    }
    byte[] ended = java.util.Arrays.copyOf(bytes, n + 2);
    ended[n] = '\r';
    ended[n + 1] = '\n';
    return ended;
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }

  private static InternetAddress internet(Mailbox mailbox) {
    try {
      return new InternetAddress(mailbox.address(), mailbox.displayName(), UTF_8);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  private static Address[] internet(List<Mailbox> mailboxes) {
    return mailboxes.stream().map(MimeAssembler::internet).toArray(Address[]::new);
  }

  /**
   * The multipart boundary for a reference: {@code =_inzage_} and 24 hex digits of its SHA-256.
   * "=_" can occur neither in quoted-printable nor in base64 text, so the boundary never occurs in
   * a part; being derived, it makes the assembly repeatable (same submission and instant, same
   * bytes).
   */
  static String boundary(String reference) {
    return "=_inzage_"
        + Hashes.sha256Hex(reference.getBytes(StandardCharsets.UTF_8)).substring(32, 56);
  }

  /** A multipart/mixed with a given boundary instead of a random one. */
  private static final class FixedBoundaryMultipart extends MimeMultipart {
    FixedBoundaryMultipart(String boundary) {
      super("mixed");
      contentType = "multipart/mixed; boundary=\"" + boundary + "\"";
    }
  }

  /** A message whose Message-ID is fixed instead of random. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
