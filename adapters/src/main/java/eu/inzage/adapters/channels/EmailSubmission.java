package eu.inzage.adapters.channels;

import eu.inzage.adapters.internal.channels.Checks;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.validation.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One e-mail to a controller: an access request (GDPR Art. 15) sent by the organisation for a
 * participant, with its letter and mandate attached. Immutable and fully checked when built: every
 * value that becomes a header (addresses, display names, the subject, attachment names) is refused
 * with an {@link InvalidInputException} naming its field when it contains a CR, LF or other control
 * character, so header injection cannot happen; non-ASCII display names and subjects are sent RFC
 * 2047 encoded.
 *
 * <p>The {@link #reference() reference} is the idempotency key: the same reference gives the same
 * Message-ID, and a {@link SentLedger} that holds a receipt for it stops a second send. It follows
 * the id grammar ({@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}) because it becomes part of file names
 * and of the Reply-To address {@code requests+REFERENCE@domain}.
 *
 * <p>{@link #toString()} shows the reference and counts only, never addresses, names or text.
 */
public final class EmailSubmission {
  /** The most recipients (To and Cc together) one submission may have. */
  public static final int MAX_RECIPIENTS = 20;

  /**
   * The most attachment bytes in total (18 MiB): base64 adds a third, and many servers refuse
   * messages over 25 MB.
   */
  public static final int MAX_ATTACHMENT_BYTES = 18 * 1024 * 1024;

  /** The longest body, in characters. */
  public static final int MAX_BODY_LENGTH = 200_000;

  private final String reference;
  private final Mailbox from;
  private final List<Mailbox> to;
  private final List<Mailbox> cc;
  private final String replyTo;
  private final String subject;
  private final String body;
  private final List<Attachment> attachments;

  private EmailSubmission(Builder b) {
    this.reference = b.reference;
    this.from = b.from;
    this.to = List.copyOf(b.to);
    this.cc = List.copyOf(b.cc);
    this.replyTo = b.replyTo;
    this.subject = b.subject;
    this.body = b.body;
    this.attachments = List.copyOf(b.attachments);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The request's reference: the idempotency key. */
  public String reference() {
    return reference;
  }

  /** The sender: the organisation acting for the participant. */
  public Mailbox from() {
    return from;
  }

  /** The controller's request addresses (at least one). */
  public List<Mailbox> to() {
    return to;
  }

  /** Copies, such as the controller's Art. 27 representative; may be empty. */
  public List<Mailbox> cc() {
    return cc;
  }

  /** To and Cc together, in that order: the envelope recipients. */
  public List<Mailbox> recipients() {
    List<Mailbox> all = new ArrayList<>(to);
    all.addAll(cc);
    return List.copyOf(all);
  }

  /** The per-request Reply-To address {@code base+REFERENCE@domain}, when a base was given. */
  public Optional<String> replyTo() {
    return Optional.ofNullable(replyTo);
  }

  /** The subject line. */
  public String subject() {
    return subject;
  }

  /** The plain-text body (sent as text/plain; charset=UTF-8). */
  public String body() {
    return body;
  }

  /** The attachments in order; may be empty. */
  public List<Attachment> attachments() {
    return attachments;
  }

  /** The reference and counts only (GDPR Art. 5(1)(f)). */
  @Override
  public String toString() {
    return "EmailSubmission[reference="
        + reference
        + ", to="
        + to.size()
        + ", cc="
        + cc.size()
        + ", attachments="
        + attachments.size()
        + "]";
  }

  /**
   * Builds an {@link EmailSubmission}. Each value is checked when it is set, so a bad value is
   * refused with its field ({@code to.1.displayName}, {@code attachments.0.fileName}) before
   * anything else happens. Single-valued settings may be given once ({@link ConfigurationException}
   * otherwise); {@link #build()} refuses a missing one with {@code REQUIRED}.
   */
  public static final class Builder {
    private String reference;
    private Mailbox from;
    private final List<Mailbox> to = new ArrayList<>();
    private final List<Mailbox> cc = new ArrayList<>();
    private String replyToBase;
    private String replyTo;
    private String subject;
    private String body;
    private final List<Attachment> attachments = new ArrayList<>();
    private final Set<String> fileNames = new HashSet<>();
    private long attachmentBytes;

    private Builder() {}

    /**
     * The request's reference, the idempotency key ({@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}).
     *
     * @throws InvalidInputException at {@code reference}
     */
    public Builder reference(String reference) {
      once(this.reference, "reference");
      this.reference = Identifiers.require("reference", reference);
      return this;
    }

    /**
     * The sender: the organisation's address and display name (null for none).
     *
     * @throws InvalidInputException at {@code from.address} or {@code from.displayName}
     */
    public Builder from(String address, String displayName) {
      once(this.from, "from");
      this.from = Checks.mailbox("from", address, displayName);
      return this;
    }

    /**
     * Adds a recipient (the controller's request address) with a display name (null for none).
     *
     * @throws InvalidInputException at {@code to.i.address} or {@code to.i.displayName}
     */
    public Builder to(String address, String displayName) {
      addRecipient(to, "to", address, displayName);
      return this;
    }

    /**
     * Adds a copy recipient, such as the Art. 27 representative, with a display name (null for
     * none).
     *
     * @throws InvalidInputException at {@code cc.i.address} or {@code cc.i.displayName}
     */
    public Builder cc(String address, String displayName) {
      addRecipient(cc, "cc", address, displayName);
      return this;
    }

    /**
     * The base of the per-request Reply-To address: {@code requests@org.example} gives {@code
     * requests+REFERENCE@org.example}, so that answers can be matched to the request.
     *
     * @throws InvalidInputException at {@code replyTo}
     */
    public Builder replyToBase(String baseAddress) {
      once(this.replyToBase, "replyToBase");
      this.replyToBase = Checks.address("replyTo", baseAddress);
      return this;
    }

    /**
     * The subject line (one line of plain text, at most 400 characters).
     *
     * @throws InvalidInputException at {@code subject}
     */
    public Builder subject(String subject) {
      once(this.subject, "subject");
      this.subject = Checks.subject("subject", subject);
      return this;
    }

    /**
     * The plain-text body: line breaks are allowed (sent as CRLF), other control characters are
     * not.
     *
     * @throws InvalidInputException at {@code body}
     */
    public Builder body(String body) {
      once(this.body, "body");
      this.body = Checks.body("body", body, MAX_BODY_LENGTH);
      return this;
    }

    /**
     * Adds an attachment. File names must be unique within the submission.
     *
     * @param fileName the name the recipient sees (plain text, no path)
     * @param mediaType its media type ({@code application/pdf})
     * @param content the bytes, copied
     * @throws InvalidInputException at {@code attachments.i.fileName}, {@code
     *     attachments.i.mediaType}, {@code attachments.i.content} or {@code attachments} (too many
     *     bytes in total)
     */
    public Builder attach(String fileName, String mediaType, byte[] content) {
      String field = "attachments." + attachments.size();
      String name = Checks.fileName(field + ".fileName", fileName);
      String type = Checks.mediaType(field + ".mediaType", mediaType);
      if (content == null) {
        throw new InvalidInputException(
            field + ".content", ViolationCode.REQUIRED, "the content is required");
      }
      if (!fileNames.add(name.toLowerCase(java.util.Locale.ROOT))) {
        throw new InvalidInputException(
            field + ".fileName", ViolationCode.INVALID_VALUE, "another attachment has this name");
      }
      attachmentBytes += content.length;
      if (attachmentBytes > MAX_ATTACHMENT_BYTES) {
        throw new InvalidInputException(
            "attachments",
            ViolationCode.TOO_LONG,
            "at most " + MAX_ATTACHMENT_BYTES + " bytes of attachments in total");
      }
      attachments.add(new Attachment(name, type, content));
      return this;
    }

    /**
     * The submission.
     *
     * @throws InvalidInputException with {@code REQUIRED} at {@code reference}, {@code
     *     from.address}, {@code to}, {@code subject} or {@code body} when missing, or at {@code
     *     replyTo} when the per-request address would not be a valid address
     */
    public EmailSubmission build() {
      require(reference, "reference");
      require(from, "from.address");
      if (to.isEmpty()) {
        throw new InvalidInputException("to", ViolationCode.REQUIRED, "a recipient is required");
      }
      require(subject, "subject");
      require(body, "body");
      if (replyToBase != null) {
        int at = replyToBase.lastIndexOf('@');
        replyTo =
            Checks.address(
                "replyTo",
                replyToBase.substring(0, at) + "+" + reference + replyToBase.substring(at));
      }
      return new EmailSubmission(this);
    }

    private void addRecipient(List<Mailbox> list, String name, String address, String display) {
      if (to.size() + cc.size() >= MAX_RECIPIENTS) {
        throw new InvalidInputException(
            name, ViolationCode.TOO_LONG, "at most " + MAX_RECIPIENTS + " recipients");
      }
      list.add(Checks.mailbox(name + "." + list.size(), address, display));
    }

    private static void once(Object current, String setting) {
      if (current != null) {
        throw new ConfigurationException("EmailSubmission." + setting + " is given twice");
      }
    }

    private static void require(Object value, String field) {
      if (value == null) {
        throw new InvalidInputException(field, ViolationCode.REQUIRED, "is required");
      }
    }
  }

  /** Identity by value: two submissions with equal parts are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof EmailSubmission s
        && reference.equals(s.reference)
        && from.equals(s.from)
        && to.equals(s.to)
        && cc.equals(s.cc)
        && Objects.equals(replyTo, s.replyTo)
        && subject.equals(s.subject)
        && body.equals(s.body)
        && attachments.equals(s.attachments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, from, to, cc, replyTo, subject, body, attachments);
  }
}
