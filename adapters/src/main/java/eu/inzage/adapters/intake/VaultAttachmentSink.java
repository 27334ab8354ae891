package eu.inzage.adapters.intake;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.InzageException;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.Erasure;
import eu.inzage.crypto.ParticipantPublicKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.Vault;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AttachmentSink} that seals each attachment of a matched reply straight into the
 * participant's vault: the copy a controller sends under GDPR Art. 15(3) is the participant's
 * personal data, and only their private key opens it (Art. 32(1)(a)). The decoded stream goes
 * through the vault's streaming encryption into the store; no plaintext is written to disk and no
 * attachment is held in memory as a whole.
 *
 * <p>Each attachment becomes one vault object of the request's participant, with an id derived from
 * the request reference, the message key and the attachment's position ({@link #objectId}), so a
 * run repeated after a crash seals each attachment under the same id. An object with that id
 * already present is the leftover of an earlier attempt at the same message (an interrupted run, a
 * handler that failed): it is erased and the attachment sealed again, because the organisation
 * cannot check that the existing object holds the same bytes (it has no key to open it, and the
 * signed manifest holds no digest of the plaintext), whereas a fresh seal always holds exactly the
 * bytes whose size and SHA-256 the {@link IntakeRecord} reports. The media type is recorded in the
 * signed manifest; the file name, which can name a person, is not.
 */
public final class VaultAttachmentSink implements AttachmentSink {
  private static final Logger LOG = LoggerFactory.getLogger(VaultAttachmentSink.class);

  /** The prefix of every object id this sink writes. */
  public static final String OBJECT_PREFIX = "reply-";

  /**
   * More attachments than a message can have (the intake keeps aside a message of more than 500
   * parts); bounds the search in {@link #discard}.
   */
  private static final int MAX_INDEX = 1_000;

  private final Vault vault;
  private final Function<String, Recipient> recipients;

  /**
   * To whom the attachments of one request are sealed.
   *
   * @param subject the participant's id in the vault (a well-formed id)
   * @param publicKey the participant's public key
   * @param controller the controller's id recorded in the signed manifest, or empty when unknown
   */
  public record Recipient(String subject, ParticipantPublicKey publicKey, String controller) {
    /**
     * Checks the fields.
     *
     * @throws InvalidInputException naming {@code subject}, {@code publicKey} or {@code controller}
     */
    public Recipient {
      Identifiers.require("subject", subject);
      if (publicKey == null) {
        throw new InvalidInputException(
            "publicKey", eu.inzage.core.ViolationCode.REQUIRED, "a public key is needed");
      }
      controller = Objects.requireNonNullElse(controller, "");
      if (!controller.isEmpty()) {
        Identifiers.require("controller", controller);
      }
    }

    /** A recipient whose controller is not recorded. */
    public Recipient(String subject, ParticipantPublicKey publicKey) {
      this(subject, publicKey, "");
    }

    /** The subject and controller only. */
    @Override
    public String toString() {
      return "Recipient[subject=" + subject + ", controller=" + controller + "]";
    }
  }

  /**
   * A sink sealing into a vault.
   *
   * @param vault a vault with the organisation's signing key
   * @param recipients the participant of each request reference the lookup knows; returning null
   *     for a reference stops the run with a {@link eu.inzage.core.StorageException}
   */
  public VaultAttachmentSink(Vault vault, Function<String, Recipient> recipients) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.recipients = Objects.requireNonNull(recipients, "recipients");
  }

  /**
   * The vault object id of one attachment: {@code reply-}, the first 32 hexadecimal digits of the
   * SHA-256 of the reference and the message key, {@code -} and the index, e.g. {@code
   * reply-3f2a…9c-1}; at most 43 characters, within the vault's id grammar.
   *
   * @param reference the request reference
   * @param messageKey the message's stable key
   * @param index the attachment's position, from 1
   */
  public static String objectId(String reference, String messageKey, int index) {
    if (index < 1 || index > MAX_INDEX) {
      throw new IllegalArgumentException("attachment index out of range");
    }
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    byte[] digest =
        sha256.digest((reference + "\n" + messageKey + "\n").getBytes(StandardCharsets.UTF_8));
    return OBJECT_PREFIX + HexFormat.of().formatHex(digest, 0, 16) + "-" + index;
  }

  /**
   * Seals the attachment to the request's participant; returns the object id.
   *
   * @throws IOException when reading {@code content} fails (passed on unchanged), or, wrapping the
   *     vault's error, when the reference has no participant or the vault refuses or fails
   */
  @Override
  public String store(AttachmentTarget target, InputStream content) throws IOException {
    Recipient recipient = recipient(target.reference());
    String objectId = objectId(target.reference(), target.messageKey(), target.index());
    SealMetadata metadata = metadata(recipient, target.mediaType());
    CountingStream counted = new CountingStream(content);
    try {
      try {
        vault.seal(recipient.subject(), objectId, counted, metadata);
      } catch (AlreadyExistsException e) {
        if (counted.count > 0) {
          // another seal of this object won while this one read the content
          throw new IOException("attachment " + objectId + " was sealed concurrently", e);
        }
        // the vault refuses before it reads a byte: a leftover of an earlier attempt
        vault.delete(recipient.subject(), objectId);
        LOG.info("object {} of an earlier attempt erased, sealing it again", objectId);
        vault.seal(recipient.subject(), objectId, counted, metadata);
      }
    } catch (InzageException e) {
      throw new IOException(
          "the vault could not seal attachment " + objectId + " (" + e.getMessage() + ")", e);
    }
    return objectId;
  }

  /**
   * Erases every object sealed for the message (positions 1, 2, … up to the first that holds
   * nothing); nothing when the reference has no participant.
   *
   * @throws IOException wrapping the vault's error
   */
  @Override
  public void discard(String reference, String messageKey) throws IOException {
    Recipient recipient = recipients.apply(reference);
    if (recipient == null) {
      return; // nothing can have been sealed for a reference without participant
    }
    try {
      for (int index = 1; index <= MAX_INDEX; index++) {
        Erasure erasure = vault.delete(recipient.subject(), objectId(reference, messageKey, index));
        if (erasure.objects().isEmpty()) {
          return;
        }
      }
    } catch (InzageException e) {
      throw new IOException(
          "the vault could not erase the attachments of message "
              + messageKey
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private Recipient recipient(String reference) throws IOException {
    Recipient recipient = recipients.apply(reference);
    if (recipient == null) {
      throw new IOException("no participant is known for request " + reference);
    }
    return recipient;
  }

  /** The metadata; a media type the vault does not accept is recorded as an octet stream. */
  private static SealMetadata metadata(Recipient recipient, String mediaType) {
    try {
      return new SealMetadata(recipient.publicKey(), mediaType, recipient.controller());
    } catch (InvalidInputException e) {
      return new SealMetadata(
          recipient.publicKey(), SealMetadata.OCTET_STREAM, recipient.controller());
    }
  }

  /** Counts what the vault read, to tell a refusal before reading from a lost race. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = in.read(buffer, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      count += Math.max(0, skipped);
      return skipped;
    }

    /** Never closes the intake's stream: the sink contract says not to. */
    @Override
    public void close() {
      // the intake closes the stream
    }
  }
}
