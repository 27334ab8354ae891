package eu.inzage.adapters.intake;

import eu.inzage.adapters.internal.intake.IntakeConfig;
import eu.inzage.adapters.internal.intake.IntakeRun;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads controllers' replies to access requests (GDPR Art. 15; the answer is due within the period
 * of Art. 12(3)) from one IMAP folder and matches each message to its request, in this order: the
 * per-request address {@code requests+REF@…} in To, Cc or Delivered-To; a Message-ID the caller
 * sent in {@code In-Reply-To} or {@code References}; the reference in the subject, then in the
 * plain-text body. A message that no rule matches, that two requests could claim, or that looks
 * hostile is kept aside with a reason; nothing is guessed (see {@code docs/intake.md}).
 *
 * <p>Messages are read one at a time and attachments are streamed to the {@link AttachmentSink}; a
 * message processed once (recorded in {@link ProcessedMessages}) is skipped by later runs. Built
 * with {@link #builder()}; one instance may run many times, one run at a time.
 */
public final class ReplyIntake {
  /**
   * The default pattern of a reference in a subject or body: {@code INZ-}, a four-digit year, a
   * serial number of 4 to 8 digits and one to four segments naming the controller, e.g. {@code
   * INZ-2026-0001-TIKTOK}, in any case. A campaign with references of another shape sets its own
   * with {@link Builder#referencePattern(Pattern)}; in a per-request address any well-formed id is
   * read.
   */
  public static final Pattern REFERENCE =
      Pattern.compile("INZ-[0-9]{4}-[0-9]{4,8}(?:-[A-Z0-9]{1,32}){1,4}", Pattern.CASE_INSENSITIVE);

  private final IntakeConfig config;

  private ReplyIntake(IntakeConfig config) {
    this.config = config;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every message of the folder once and hands each outcome to the handler as soon as it is
   * known. A message counts as processed (and is marked, moved or deleted when configured) only
   * after the handler's {@link IntakeHandler#matched(IntakeRecord)} returns and the message was
   * recorded in {@link ProcessedMessages}.
   *
   * @param handler receives each matched reply and each message kept aside
   * @return what the run did; its lists are empty, the handler received them
   * @throws MailboxLoginException when the server refuses the login
   * @throws eu.inzage.core.StorageException when the server cannot be reached, the folder cannot be
   *     opened, the connection fails during the run, or the sink or the processed set fails
   */
  public IntakeReport run(IntakeHandler handler) {
    return new IntakeRun(config, handler).run();
  }

  /**
   * Like {@link #run(IntakeHandler)}, collecting the outcomes into the report.
   *
   * @return the matched replies and the messages kept aside, in mailbox order
   */
  public IntakeReport run() {
    List<IntakeRecord> matched = new ArrayList<>();
    List<KeptAside> keptAside = new ArrayList<>();
    IntakeReport counts =
        run(
            new IntakeHandler() {
              @Override
              public void matched(IntakeRecord intakeRecord) {
                matched.add(intakeRecord);
              }

              @Override
              public void keptAside(KeptAside aside) {
                keptAside.add(aside);
              }
            });
    return new IntakeReport(matched, keptAside, counts.alreadyProcessed(), counts.deleted());
  }

  /**
   * Builds a {@link ReplyIntake}; host, user, password, lookup, sink, processed and clock are
   * required.
   */
  public static final class Builder {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.:-]{0,252})");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern DOMAIN =
        Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))+");

    private String host;
    private Integer port;
    private MailboxSecurity security = MailboxSecurity.IMAPS;
    private String user;
    private char[] password;
    private String folder = "INBOX";
    private KeyStore trustStore;
    private Duration timeout = Duration.ofSeconds(60);
    private RequestLookup lookup;
    private AttachmentSink sink;
    private ProcessedMessages processed;
    private Clock clock;
    private ReceivedSource receivedSource = ReceivedSource.MAILBOX;
    private AfterProcessing afterProcessing = AfterProcessing.LEAVE;
    private String moveTo;
    private String replyLocalPart = "requests";
    private String replyDomain;
    private Pattern referencePattern = REFERENCE;

    private Builder() {}

    /** The IMAP server's host name or IP address. */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** The port; by default 993 for {@link MailboxSecurity#IMAPS}, 143 otherwise. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** How to connect; {@link MailboxSecurity#IMAPS} by default. */
    public Builder security(MailboxSecurity value) {
      this.security = value;
      return this;
    }

    /** The login name. */
    public Builder user(String value) {
      this.user = value;
      return this;
    }

    /**
     * The password; copied, so the caller may clear its array. It is never logged or put in a
     * message.
     */
    public Builder password(char[] value) {
      this.password = value == null ? null : value.clone();
      return this;
    }

    /** The folder to read; {@code INBOX} by default. */
    public Builder folder(String value) {
      this.folder = value;
      return this;
    }

    /**
     * The certificates to trust for TLS instead of the JVM's default ones (for a server with its
     * own certificate, such as a test server). The server's host name is still checked against its
     * certificate.
     */
    public Builder trustStore(KeyStore value) {
      this.trustStore = value;
      return this;
    }

    /**
     * Reads a PKCS #12 trust store from a file.
     *
     * @throws InvalidInputException at {@code trustStore} when the file cannot be read as one
     */
    public Builder trustStore(Path file, char[] storePassword) {
      try (InputStream in = Files.newInputStream(file)) {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(in, storePassword);
        this.trustStore = store;
      } catch (IOException | GeneralSecurityException e) {
        throw new InvalidInputException(
            "trustStore", ViolationCode.INVALID_VALUE, "not a readable PKCS #12 trust store");
      }
      return this;
    }

    /** The connect and read timeout; 60 seconds by default. */
    public Builder timeout(Duration value) {
      this.timeout = value;
      return this;
    }

    /** The caller's requests: Message-IDs it sent and the references it knows. */
    public Builder lookup(RequestLookup value) {
      this.lookup = value;
      return this;
    }

    /** Where attachments of matched replies go. */
    public Builder sink(AttachmentSink value) {
      this.sink = value;
      return this;
    }

    /** The messages processed before. */
    public Builder processed(ProcessedMessages value) {
      this.processed = value;
      return this;
    }

    /** The clock, for {@link ReceivedSource#CLOCK} and when the server gives no arrival time. */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /** Where the received instant comes from; {@link ReceivedSource#MAILBOX} by default. */
    public Builder receivedFrom(ReceivedSource value) {
      this.receivedSource = value;
      return this;
    }

    /**
     * What to do with a processed message; {@link AfterProcessing#LEAVE} by default. {@link
     * AfterProcessing#MOVE} needs {@link #moveTo(String)}; {@link AfterProcessing#DELETE} removes
     * processed messages from the mailbox.
     */
    public Builder afterProcessing(AfterProcessing value) {
      this.afterProcessing = value;
      return this;
    }

    /**
     * Moves processed messages to this folder (created when missing); sets {@link
     * AfterProcessing#MOVE}.
     */
    public Builder moveTo(String folderName) {
      this.moveTo = folderName;
      this.afterProcessing = AfterProcessing.MOVE;
      return this;
    }

    /** The local part before {@code +REF} in per-request addresses; {@code requests} by default. */
    public Builder replyLocalPart(String value) {
      this.replyLocalPart = value;
      return this;
    }

    /**
     * The domain of per-request addresses; when set, {@code requests+REF@} at another domain does
     * not count. Any domain by default.
     */
    public Builder replyDomain(String value) {
      this.replyDomain = value;
      return this;
    }

    /**
     * How a reference looks in a subject or body; {@link #REFERENCE} by default. A match counts
     * only when it stands alone (no letter, digit, {@code _} or {@code -} glued to either side), is
     * a well-formed id and {@link RequestLookup#knownReference(String)} knows it.
     */
    public Builder referencePattern(Pattern value) {
      this.referencePattern = value;
      return this;
    }

    /**
     * Builds the intake.
     *
     * @throws InvalidInputException naming the first missing or malformed setting
     */
    public ReplyIntake build() {
      require("host", host);
      if (!HOST.matcher(host).matches()) {
        throw new InvalidInputException("host", ViolationCode.INVALID_VALUE, "not a host name");
      }
      int effectivePort = port != null ? port : security == MailboxSecurity.IMAPS ? 993 : 143;
      if (effectivePort < 1 || effectivePort > 65_535) {
        throw new InvalidInputException("port", ViolationCode.INVALID_VALUE, "must be 1 to 65535");
      }
      require("security", security);
      require("user", user);
      if (user.isBlank() || hasControl(user) || user.length() > 320) {
        throw new InvalidInputException(
            "user", ViolationCode.INVALID_VALUE, "must be one line of at most 320 characters");
      }
      if (password == null || password.length == 0) {
        throw new InvalidInputException(
            "password", ViolationCode.REQUIRED, "a password is required");
      }
      requireFolder("folder", folder);
      require("timeout", timeout);
      if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new InvalidInputException(
            "timeout", ViolationCode.INVALID_VALUE, "must be positive and below 24 days");
      }
      require("lookup", lookup);
      require("sink", sink);
      require("processed", processed);
      require("clock", clock);
      require("receivedFrom", receivedSource);
      require("afterProcessing", afterProcessing);
      if (afterProcessing == AfterProcessing.MOVE) {
        requireFolder("moveTo", moveTo);
        if (moveTo.equals(folder)) {
          throw new InvalidInputException(
              "moveTo", ViolationCode.INVALID_VALUE, "must differ from the folder read");
        }
      }
      require("replyLocalPart", replyLocalPart);
      if (!LOCAL_PART.matcher(replyLocalPart).matches()) {
        throw new InvalidInputException(
            "replyLocalPart",
            ViolationCode.INVALID_VALUE,
            "must match [A-Za-z0-9][A-Za-z0-9._-]{0,39}");
      }
      if (replyDomain != null && !DOMAIN.matcher(replyDomain).matches()) {
        throw new InvalidInputException(
            "replyDomain", ViolationCode.INVALID_VALUE, "not a domain name");
      }
      require("referencePattern", referencePattern);
      if (referencePattern.matcher("").matches()) {
        throw new InvalidInputException(
            "referencePattern", ViolationCode.INVALID_VALUE, "must not match an empty text");
      }
      return new ReplyIntake(
          new IntakeConfig(
              host,
              effectivePort,
              security,
              user,
              Arrays.copyOf(password, password.length),
              folder,
              trustStore,
              timeout,
              lookup,
              sink,
              processed,
              clock,
              receivedSource,
              afterProcessing,
              afterProcessing == AfterProcessing.MOVE ? moveTo : null,
              replyLocalPart.toLowerCase(Locale.ROOT),
              replyDomain == null ? null : replyDomain.toLowerCase(Locale.ROOT),
              referencePattern));
    }

    private static void require(String field, Object value) {
      if (value == null) {
        throw new InvalidInputException(field, ViolationCode.REQUIRED, "is required");
      }
    }

    private static void requireFolder(String field, String value) {
      require(field, value);
      if (value.isBlank() || value.length() > 200 || hasControl(value)) {
        throw new InvalidInputException(
            field, ViolationCode.INVALID_VALUE, "must be one line of at most 200 characters");
      }
    }

    private static boolean hasControl(String value) {
      return value.codePoints().anyMatch(Character::isISOControl);
    }
  }
}
