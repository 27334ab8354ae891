package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.adapters.intake.AfterProcessing;
import eu.inzage.adapters.intake.IntakeAttachment;
import eu.inzage.adapters.intake.IntakeHandler;
import eu.inzage.adapters.intake.IntakeRecord;
import eu.inzage.adapters.intake.IntakeReport;
import eu.inzage.adapters.intake.KeptAside;
import eu.inzage.adapters.intake.MailboxSecurity;
import eu.inzage.adapters.intake.ProcessedMessages;
import eu.inzage.adapters.intake.ReplyIntake;
import eu.inzage.adapters.intake.VaultAttachmentSink;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage intake}: reads controllers' replies from an IMAP folder, matches each to a request
 * of {@code --requests}, seals its attachments to the request's participant in the vault and prints
 * what it matched and what it kept aside (see {@code docs/intake.md}).
 */
@Command(
    name = "intake",
    description = {
      "Reads controllers' replies from an IMAP folder and matches each to a request of",
      "--requests (JSON Lines: reference, participant, recipient, messageIds) by its",
      "per-request address requests+REF@..., a Message-ID sent for it, or the reference in",
      "the subject or body. Attachments are sealed to the participant in the vault",
      "(--store); unmatched mail stays in the mailbox and is reported. --after delete removes",
      "a processed reply from the mailbox once it is sealed and recorded in --processed.",
      "The password comes only from the environment variable named by --password-env."
    })
final class IntakeCommand extends Subcommand {
  /** {@code HOST}, {@code HOST:PORT} or {@code [IPv6]:PORT}. */
  private static final Pattern URL =
      Pattern.compile("(?i)(imaps?)://([^/?#]+)(?:/([A-Za-z0-9._ -]{0,100}))?");

  private static final Pattern SERVER =
      Pattern.compile(
          "(?:\\[([0-9A-Fa-f:.]{2,45})]|([A-Za-z0-9][A-Za-z0-9.-]{0,252}))(?::(\\d{1,5}))?");

  /**
   * A candidate reference in a subject or body: any well-formed id not ending in a full stop (so
   * that {@code REF.} at the end of a sentence is read as {@code REF}); only the references of
   * {@code --requests} count.
   */
  private static final Pattern ANY_REFERENCE =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_-])?");

  @Option(
      names = "--imap",
      required = true,
      paramLabel = "HOST:PORT",
      description =
          "the IMAP server: HOST[:PORT] (port 993 with --imaps, 143 otherwise) or the URL"
              + " imap://HOST[:PORT][/FOLDER], imaps://… for IMAP over TLS")
  String imap;

  @ArgGroup(exclusive = true)
  Tls tls;

  /** How to secure the connection; plain IMAP only to this machine. */
  static final class Tls {
    @Option(names = "--imaps", required = true, description = "IMAP over TLS")
    boolean imaps;

    @Option(names = "--starttls", required = true, description = "IMAP with STARTTLS (required)")
    boolean starttls;
  }

  @Option(
      names = "--trust-store",
      paramLabel = "FILE",
      description = "PKCS #12 trust store for the server's certificate (default: the JVM's)")
  Path trustStore;

  @Option(
      names = "--trust-store-password-env",
      paramLabel = "VAR",
      description = "environment variable holding the trust store's password")
  String trustStorePasswordEnv;

  @Option(names = "--user", required = true, paramLabel = "USER", description = "login name")
  String user;

  @Option(
      names = "--password-env",
      required = true,
      paramLabel = "VAR",
      description = "environment variable holding the mailbox password")
  String passwordEnv;

  @Option(
      names = "--folder",
      paramLabel = "NAME",
      description = "the folder to read (default: ${DEFAULT-VALUE})")
  String folder = "INBOX";

  @Option(
      names = "--requests",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "the requests: one JSON object a line")
  Path requests;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "vault directory")
  Path store;

  @Option(
      names = "--signing-key",
      required = true,
      paramLabel = "FILE",
      description = "the organisation's signing key (outside every store)")
  Path signingKey;

  @Option(
      names = "--signing-passphrase-env",
      paramLabel = "VAR",
      description = "environment variable holding the signing key's passphrase")
  String signingPassphraseEnv;

  @Option(
      names = "--processed",
      required = true,
      paramLabel = "FILE",
      description = "the keys of processed messages (created when missing)")
  Path processed;

  @Option(
      names = "--after",
      paramLabel = "leave|seen|delete",
      description = "what to do with a processed message (default: ${DEFAULT-VALUE})")
  String after = "leave";

  @Override
  public Integer call() throws Exception {
    MailboxSecurity security =
        tls == null
            ? MailboxSecurity.PLAIN
            : tls.imaps ? MailboxSecurity.IMAPS : MailboxSecurity.STARTTLS;
    // the URL form: imap://HOST[:PORT][/FOLDER] or imaps://… (IMAP over TLS)
    String address = imap;
    String urlFolder = null;
    Matcher url = URL.matcher(imap);
    if (url.matches()) {
      if (url.group(1).equalsIgnoreCase("imaps")) {
        if (tls != null && tls.starttls) {
          throw new InvalidInputException(
              "--imap", ViolationCode.INVALID_VALUE, "imaps:// is IMAP over TLS, not STARTTLS");
        }
        security = MailboxSecurity.IMAPS;
      }
      address = url.group(2);
      urlFolder = url.group(3) == null || url.group(3).isEmpty() ? null : url.group(3);
    }
    Matcher server = SERVER.matcher(address);
    if (!server.matches()) {
      throw new InvalidInputException(
          "--imap",
          ViolationCode.INVALID_VALUE,
          "expected HOST, HOST:PORT or imap[s]://HOST[:PORT][/FOLDER]");
    }
    String host = server.group(1) != null ? server.group(1) : server.group(2);
    if (security == MailboxSecurity.PLAIN && !loopback(host)) {
      throw new InvalidInputException(
          "--imap",
          ViolationCode.INVALID_VALUE,
          "plain IMAP only to this machine; use --imaps or --starttls");
    }
    AfterProcessing afterProcessing = afterProcessing(after);
    cli().outputFile("--processed", processed);
    IntakeRequests known = IntakeRequests.read(cli(), requests);
    ReplyIntake.Builder builder =
        ReplyIntake.builder()
            .host(host)
            .security(security)
            .user(user)
            .folder(urlFolder != null && folder.equals("INBOX") ? urlFolder : folder);
    if (server.group(3) != null) {
      builder.port(Integer.parseInt(server.group(3)));
    }
    if (trustStore != null) {
      if (trustStorePasswordEnv == null) {
        throw new InvalidInputException(
            "--trust-store-password-env", ViolationCode.REQUIRED, "needed with --trust-store");
      }
      char[] storePassword =
          VaultFiles.secret(cli(), "--trust-store-password-env", trustStorePasswordEnv);
      try {
        builder.trustStore(trustStore, storePassword);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            "--trust-store", ViolationCode.INVALID_VALUE, "not a readable PKCS #12 trust store");
      } finally {
        Arrays.fill(storePassword, '\0');
      }
    }
    OrganisationSigningKey organisation =
        VaultFiles.signingKey(cli(), signingKey, signingPassphraseEnv, store);
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(store))
            .clock(cli().clock())
            .signingKey(organisation)
            .build();
    VaultFiles.storePublicKey(store, organisation.publicKey());
    char[] password = VaultFiles.secret(cli(), "--password-env", passwordEnv);
    ReplyIntake intake;
    try {
      intake =
          builder
              .password(password)
              .lookup(known)
              .sink(new VaultAttachmentSink(vault, known::recipient))
              .processed(ProcessedMessages.file(processed))
              .clock(cli().clock())
              .afterProcessing(afterProcessing)
              .referencePattern(ANY_REFERENCE)
              .build();
    } catch (InvalidInputException e) {
      throw option(e);
    } finally {
      Arrays.fill(password, '\0');
    }
    Collected collected = new Collected(known);
    IntakeReport report = intake.run(collected);
    ObjectNode result = cli().object();
    ArrayNode matched = result.putArray("matched");
    for (IntakeRecord reply : collected.matched) {
      matched.add(
          describe(reply, known.recipient(reply.reference()).subject())
              .put("recorded", collected.recorded.get(reply.messageKey())));
    }
    ArrayNode aside = result.putArray("keptAside");
    for (KeptAside kept : collected.keptAside) {
      // no Message-ID: it can name a person's mail domain or account
      ObjectNode node = aside.addObject();
      node.put("reason", kept.reason().name());
      node.put("detail", kept.detail());
      node.put("messageKey", kept.messageKey());
    }
    result.put("alreadyProcessed", report.alreadyProcessed());
    result.put("deleted", report.deleted());
    result.put("store", store.toString());
    cli().print(result);
    return ExitCodes.OK;
  }

  private ObjectNode describe(IntakeRecord reply, String participant) {
    ObjectNode node = cli().object();
    node.put("reference", reply.reference());
    node.put("participant", participant);
    node.put("rule", reply.rule().name());
    node.put("received", reply.received().toString());
    node.put("messageKey", reply.messageKey());
    ArrayNode attachments = node.putArray("attachments");
    for (IntakeAttachment attachment : reply.attachments()) {
      // no file name: it can name a person
      ObjectNode a = attachments.addObject();
      a.put("object", attachment.location());
      a.put("size", attachment.size());
      a.put("sha256", attachment.sha256());
      a.put("mediaType", attachment.mediaType());
    }
    node.put("bounce", reply.bounce());
    node.put("autoReply", reply.autoReply());
    return node;
  }

  /** The library's setting names as this command's options. */
  private static InvalidInputException option(InvalidInputException e) {
    var violation = e.violations().get(0);
    String option =
        switch (violation.field()) {
          case "host", "port" -> "--imap";
          case "user" -> "--user";
          case "folder" -> "--folder";
          case "password" -> "--password-env";
          default -> violation.field();
        };
    return new InvalidInputException(option, violation.code(), violation.message());
  }

  private static AfterProcessing afterProcessing(String value) {
    return switch (Cli.asciiLower(value.strip())) {
      case "leave" -> AfterProcessing.LEAVE;
      case "seen" -> AfterProcessing.MARK_SEEN;
      case "delete" -> AfterProcessing.DELETE;
      default ->
          throw new InvalidInputException(
              "--after", ViolationCode.INVALID_VALUE, "expected leave, seen or delete");
    };
  }

  /** True for an address of this machine: plain IMAP never leaves it. */
  private static boolean loopback(String host) {
    return host.equalsIgnoreCase("localhost")
        || host.equals("::1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /**
   * The run's outcomes, printed together at the end. A controller's first reply to a request whose
   * line names its {@code request} file is recorded there as {@code acknowledged} (the controller
   * has the request) when the request stands at {@code SUBMITTED}; a bounce records nothing. What
   * the reply answers is for its assessment to record.
   */
  private final class Collected implements IntakeHandler {
    final List<IntakeRecord> matched = new ArrayList<>();
    final List<KeptAside> keptAside = new ArrayList<>();
    final Map<String, String> recorded = new HashMap<>();
    private final IntakeRequests known;

    Collected(IntakeRequests known) {
      this.known = known;
    }

    @Override
    public void matched(IntakeRecord intakeRecord) {
      matched.add(intakeRecord);
      if (intakeRecord.bounce()) {
        return;
      }
      known
          .requestFile(intakeRecord.reference())
          .ifPresent(
              file -> {
                if (acknowledge(file, intakeRecord.received())) {
                  recorded.put(intakeRecord.messageKey(), "acknowledged");
                }
              });
    }

    @Override
    public void keptAside(KeptAside aside) {
      keptAside.add(aside);
    }
  }

  /** Appends {@code acknowledged} to a request that stands at {@code SUBMITTED}. */
  private boolean acknowledge(Path file, Instant received) {
    try {
      ModelValidator validator = ModelValidator.create(cli().clock());
      RequestHistory history =
          ModelFiles.read(cli(), validator, "--requests", "request", file, RequestHistory.class);
      Lifecycle lifecycle = Lifecycle.standard();
      if (lifecycle.status(history) != RequestStatus.SUBMITTED) {
        return false;
      }
      RequestHistory appended = lifecycle.append(history, new RequestEvent.Acknowledged(received));
      RequestFiles.write(file, appended);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
