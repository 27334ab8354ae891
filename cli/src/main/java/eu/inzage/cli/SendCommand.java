package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.adapters.SubmissionRoute;
import eu.inzage.adapters.WebFormChecklist;
import eu.inzage.adapters.channels.EmailSubmission;
import eu.inzage.adapters.channels.MailChannel;
import eu.inzage.adapters.channels.Outbox;
import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.adapters.channels.SmtpChannel;
import eu.inzage.adapters.channels.SmtpSecurity;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Dates;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.Letter;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.LetterPdf;
import eu.inzage.letters.Letters;
import eu.inzage.letters.PostBundle;
import eu.inzage.letters.RequestFacts;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inzage send}: one participant's access request (Art. 15 GDPR), end to end — the letter and
 * the mandate, submitted by e-mail through SMTP or written to an outbox, or prepared for a web
 * form.
 */
@Command(
    name = "send",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the access request and the mandate and submits them through the controller's e-mail"
          + " channel (--smtp), into an outbox of .eml files (--outbox), or prepares them for the"
          + " controller's web form (--web-form: the text to paste, the files and a checklist).",
      "Prints {reference, route, messageId, to, cc, attachments, ...}; never sends a reference"
          + " twice (the ledger); exit 2 and nothing sent when the input is invalid or the"
          + " controller takes no e-mail (then it names the channel to use)."
    })
final class SendCommand extends Subcommand {
  @Option(
      names = "--controller",
      required = true,
      paramLabel = "ID",
      description = "tiktok, zoom, palantir, or the slug of a controller of --directory")
  String controller;

  @Mixin DirectoryOption directory;

  @Option(
      names = "--participant",
      required = true,
      paramLabel = "FILE",
      description = "the participant (JSON)")
  Path participant;

  @Option(
      names = "--organisation",
      required = true,
      paramLabel = "FILE",
      description = "the organisation that sends and signs (JSON; its e-mail is the sender)")
  Path organisation;

  @Option(
      names = "--signed-on",
      paramLabel = "DATE",
      description =
          "the day the participant signed the mandate: the mandate is rendered and attached"
              + " (without it or --mandate, no mandate is attached: its signing day is not known)")
  String signedOn;

  @Option(
      names = "--mandate",
      paramLabel = "FILE",
      description = "the signed mandate as PDF, attached as it is (instead of --signed-on)")
  Path mandate;

  @Option(
      names = "--id-copy",
      paramLabel = "FILE",
      description = "a redacted copy of an identity document (PDF), only where asked for")
  Path idCopy;

  @Option(
      names = "--reference",
      paramLabel = "REF",
      description =
          "the request's reference, the key that keeps it from being sent twice (default:"
              + " PARTICIPANT-CONTROLLER)")
  String reference;

  @Option(
      names = "--reply-to",
      paramLabel = "ADDRESS",
      description =
          "base of the per-request reply address, ADDRESS → local+REF@domain (default: the"
              + " organisation's e-mail)")
  String replyTo;

  @Option(
      names = "--lang",
      paramLabel = "L",
      description = "letter language (default: the controller's)")
  String lang;

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description =
          "a request file (inzage status) to record the submission in: created when absent,"
              + " appended to otherwise")
  Path request;

  @Option(
      names = "--resend-unconfirmed",
      description =
          "the operator has checked that an earlier attempt whose outcome was unknown did not"
              + " reach the controller: clear it and send (a confirmed submission is never sent"
              + " again)")
  boolean resendUnconfirmed;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Route route;

  /** Exactly one way out. */
  static final class Route {
    @ArgGroup(exclusive = false)
    Smtp smtp;

    @Option(
        names = "--outbox",
        paramLabel = "DIR",
        description = "write REFERENCE.eml into DIR instead of sending (its ledger in DIR/.ledger)")
    Path outbox;

    @Option(
        names = "--web-form",
        paramLabel = "DIR",
        description =
            "for a controller that takes requests by web form: write the text to paste, the PDFs"
                + " and the checklist into DIR; confirm later with inzage record")
    Path webForm;

    @Option(
        names = "--post",
        paramLabel = "FILE",
        description =
            "for post: one print-ready PDF/A bundle — an address sheet for a window envelope, the"
                + " letter, the mandate, and a copy for an Art. 27 representative; record the"
                + " registered-mail tracking number later with inzage record")
    Path post;
  }

  /** An SMTP server. */
  static final class Smtp {
    @Option(
        names = "--smtp",
        required = true,
        paramLabel = "HOST:PORT",
        description = "the SMTP server (plain only for a local server)")
    String server;

    @Option(names = "--smtp-tls", description = "require STARTTLS")
    boolean tls;

    @Option(names = "--smtp-user", paramLabel = "U", description = "the SMTP login")
    String user;

    @Option(
        names = "--smtp-password-env",
        paramLabel = "VAR",
        description = "the environment variable that holds the SMTP password")
    String passwordEnv;

    @Option(
        names = "--ledger",
        paramLabel = "DIR",
        description =
            "the sent ledger: one file per reference, kept between runs (default: the folder"
                + " inzage-ledger in the working directory)")
    Path ledger = Path.of("inzage-ledger");
  }

  @Override
  public Integer call() throws Exception {
    ModelValidator validator = ModelValidator.create(cli().clock());
    ControllerAdapter adapter = directory.adapter(controller);
    ControllerProfile profile = adapter.profile();
    Participant person =
        ModelFiles.read(
            cli(), validator, "--participant", "participant", participant, Participant.class);
    Organisation org =
        ModelFiles.read(
            cli(), validator, "--organisation", "organisation", organisation, Organisation.class);
    if (mandate != null && signedOn != null) {
      throw new InvalidInputException(
          "--signed-on",
          ViolationCode.INVALID_VALUE,
          "give one of --signed-on DATE (the mandate is rendered) and --mandate FILE, not both");
    }
    String ref =
        reference != null
            ? Identifiers.require("--reference", reference)
            : defaultReference(person.id(), profile.id());
    ChannelType channel =
        route.webForm != null
            ? ChannelType.WEB_FORM
            : route.post != null ? ChannelType.POST : ChannelType.EMAIL;
    if (route.post != null && (mandate != null || idCopy != null)) {
      throw new InvalidInputException(
          "--post",
          ViolationCode.INVALID_VALUE,
          "a post bundle holds PDF/A documents only: render the mandate with --signed-on");
    }
    if (route.post != null && signedOn == null) {
      throw new InvalidInputException(
          "--signed-on", ViolationCode.REQUIRED, "a posted request encloses the mandate");
    }
    SubmissionRoute way =
        adapter
            .route(channel)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "--controller",
                        ViolationCode.INVALID_VALUE,
                        profile.id()
                            + " takes no requests by "
                            + switch (channel) {
                              case EMAIL -> "e-mail";
                              case WEB_FORM -> "web form";
                              default -> "post";
                            }
                            + "; use "
                            + adapter.preferredRoute().map(SendCommand::describe).orElse("post")));

    Letters letters =
        Letters.builder().clock(cli().clock()).deadlines(DeadlineEngine.standard()).build();
    LetterFacts facts =
        RequestFacts.of(validator, letters.lifecycle())
            .sent(
                LetterKind.ACCESS,
                profile,
                person.residence(),
                DeadlineEngine.receiptDay(cli().clock().instant(), profile.zone()),
                channel);
    Letter letter =
        letters.compose(
            LetterInput.of(LetterKind.ACCESS, person, profile, org)
                .withLanguage(lang)
                .withFacts(facts)
                .withReference(ref));
    List<Document> documents = new ArrayList<>();
    documents.add(
        new Document("access-request-" + ref + ".pdf", letter.subject(), letter.toPdf().bytes()));
    // a mandate states the day it was signed: without that day (or the signed file) none is made
    boolean withMandate = mandate != null || signedOn != null;
    if (withMandate) {
      documents.add(mandateDocument(letters, person, profile, org, ref));
    }
    if (idCopy != null) {
      documents.add(
          new Document("id-copy-" + ref + ".pdf", "ID copy", readPdf("--id-copy", idCopy)));
    }

    ObjectNode result = cli().object();
    result.put("reference", ref);
    result.put("controller", profile.id());
    result.put("participant", person.id());
    result.put("language", letter.language());
    result.put("subject", letter.subject());
    result.put("due", facts.due() == null ? null : facts.due().toString());
    result.put("mandateAttached", withMandate);
    if (route.webForm != null) {
      return webForm(result, way, person, org, letter, documents);
    }
    if (route.post != null) {
      return post(result, way, profile, org, letter, documents);
    }
    EmailSubmission.Builder mail =
        EmailSubmission.builder()
            .reference(ref)
            .from(org.email(), org.name())
            .to(way.target(), profile.legalName())
            .subject(letter.subject() + " [" + ref + "]")
            .body(letter.text());
    for (String copy : way.copyTo()) {
      mail.cc(copy, profile.representative() == null ? null : profile.representative().name());
    }
    String base = replyTo != null ? replyTo : org.email();
    if (base != null) {
      mail.replyToBase(base);
    }
    for (Document d : documents) {
      mail.attach(d.name(), "application/pdf", d.bytes());
    }
    EmailSubmission submission = mail.build();
    MailChannel mailChannel = channel(ref);
    SubmissionReceipt receipt = mailChannel.submit(submission);

    result.put("route", Cli.asciiLower(receipt.route().name()));
    result.put("messageId", receipt.messageId());
    ArrayNode to = result.putArray("to");
    submission.to().forEach(m -> to.add(m.address()));
    ArrayNode cc = result.putArray("cc");
    submission.cc().forEach(m -> cc.add(m.address()));
    submission
        .replyTo()
        .ifPresentOrElse(r -> result.put("replyTo", r), () -> result.putNull("replyTo"));
    attachments(result, documents);
    result.put("sentAt", receipt.sentAt().toString());
    result.put("sha256", receipt.sha256());
    if (mailChannel instanceof Outbox box) {
      result.put("file", box.file(ref).toString());
    }
    // only a message that left through SMTP is a proof of submission; an outbox file is not
    boolean recorded = false;
    if (request != null && receipt.route() == SubmissionReceipt.Route.SMTP) {
      record(validator, person, profile, ref, receipt);
      recorded = true;
    }
    result.put("recorded", recorded);
    cli().print(result);
    return ExitCodes.OK;
  }

  private int webForm(
      ObjectNode result,
      SubmissionRoute way,
      Participant person,
      Organisation org,
      Letter letter,
      List<Document> documents)
      throws Exception {
    Path folder = route.webForm;
    Files.createDirectories(folder);
    WebFormChecklist checklist =
        WebFormChecklist.of(
            controller(result),
            way,
            person,
            org,
            letter.text(),
            documents.stream().map(Document::name).toList());
    AtomicFiles.write(
        folder.resolve("request.txt"), letter.text().getBytes(StandardCharsets.UTF_8), false, true);
    for (Document d : documents) {
      AtomicFiles.write(folder.resolve(d.name()), d.bytes(), false, true);
    }
    ObjectNode list = cli().object();
    list.put("form", way.target());
    ArrayNode fields = list.putArray("fields");
    for (WebFormChecklist.Item item : checklist.items()) {
      fields
          .addObject()
          .put("label", item.label())
          .put("fill", item.value())
          .put("required", item.required());
    }
    byte[] json =
        (cli().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(folder.resolve("checklist.json"), json, false, true);
    result.put("route", "web-form");
    result.put("form", way.target());
    result.put("folder", folder.toString());
    result.put("fields", checklist.items().size());
    attachments(result, documents);
    result.put(
        "confirm",
        "after submitting, record the ticket: inzage record --request FILE --event"
            + " '{\"type\":\"submitted\",\"at\":\"…\",\"channel\":\"WEB_FORM\",\"proof\":\"ticket …\"}'");
    cli().print(result);
    return ExitCodes.OK;
  }

  private static String controller(ObjectNode result) {
    return result.get("controller").asText();
  }

  /** The ledger of the route; with {@code --resend-unconfirmed}, the reference's intent cleared. */
  private SentLedger ledger(Path folder, String ref) {
    SentLedger ledger = SentLedger.inFolder(folder);
    if (resendUnconfirmed && ledger.find(ref).map(entry -> entry.receipt() == null).orElse(false)) {
      ledger.clearIntent(ref);
    }
    return ledger;
  }

  private MailChannel channel(String ref) {
    if (route.outbox != null) {
      return Outbox.builder()
          .folder(route.outbox)
          .ledger(ledger(route.outbox.resolve(".ledger"), ref))
          .clock(cli().clock())
          .build();
    }
    Smtp smtp = route.smtp;
    int colon = smtp.server.lastIndexOf(':');
    if (colon <= 0 || colon == smtp.server.length() - 1) {
      throw new InvalidInputException("--smtp", ViolationCode.INVALID_VALUE, "expected HOST:PORT");
    }
    int port;
    try {
      port = Integer.parseInt(smtp.server.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--smtp", ViolationCode.INVALID_VALUE, "expected HOST:PORT");
    }
    SmtpChannel.Builder builder =
        SmtpChannel.builder()
            .host(smtp.server.substring(0, colon))
            .port(port)
            .security(smtp.tls ? SmtpSecurity.STARTTLS : SmtpSecurity.PLAIN)
            .ledger(ledger(smtp.ledger, ref))
            .clock(cli().clock());
    if (smtp.user != null) {
      if (smtp.passwordEnv == null) {
        throw new InvalidInputException(
            "--smtp-password-env", ViolationCode.REQUIRED, "--smtp-user needs a password");
      }
      String password = cli().env(smtp.passwordEnv);
      if (password == null || password.isEmpty()) {
        throw new InvalidInputException(
            "--smtp-password-env", ViolationCode.REQUIRED, "the variable is not set");
      }
      builder.credentials(smtp.user, password.toCharArray());
    }
    return builder.build();
  }

  /**
   * The bundle for post: an address sheet for a window envelope before the letter and the mandate
   * (PDF/A-2b), and the same behind a sheet of its own for the Art. 27 representative.
   */
  private int post(
      ObjectNode result,
      SubmissionRoute way,
      ControllerProfile profile,
      Organisation org,
      Letter letter,
      List<Document> documents)
      throws Exception {
    if (way.address() == null) {
      throw new InvalidInputException(
          "--controller", ViolationCode.INVALID_VALUE, profile.id() + " has no postal address");
    }
    cli().outputFile("--post", route.post);
    AtomicFiles.requireWritable(route.post);
    PostBundle.Builder bundle =
        PostBundle.builder()
            .clock(cli().clock())
            .sender(org)
            .recipient(way.target(), way.address())
            .language(letter.language())
            .reference(result.get("reference").asText());
    if (profile.representative() != null && profile.representative().address() != null) {
      bundle.copyTo(profile.representative().name(), profile.representative().address());
    }
    for (Document d : documents) {
      bundle.document(d.title(), d.bytes());
    }
    PostBundle built = bundle.build();
    LetterPdf pdf = built.toPdf();
    byte[] bytes = pdf.bytes();
    AtomicFiles.write(route.post, bytes, false, true);
    result.put("route", "post");
    result.put("file", route.post.toString());
    result.put("envelopes", built.envelopes());
    result.put("pages", pdf.pages());
    result.put("pdfa", "PDF/A-2b");
    result.put("bytes", bytes.length);
    result.put("sha256", Digests.sha256(bytes));
    result.put(
        "confirm",
        "after posting, record it: inzage record --request FILE --event"
            + " '{\"type\":\"submitted\",\"at\":\"…\",\"channel\":\"POST\",\"proof\":\"registered"
            + " mail …\"}'");
    cli().print(result);
    return ExitCodes.OK;
  }

  private Document mandateDocument(
      Letters letters, Participant person, ControllerProfile profile, Organisation org, String ref)
      throws Exception {
    String name = "mandate-" + ref + ".pdf";
    if (mandate != null) {
      return new Document(name, "Mandate", readPdf("--mandate", mandate));
    }
    LocalDate day = Dates.parse("--signed-on", signedOn);
    Letter rendered =
        letters.compose(
            LetterInput.of(LetterKind.MANDATE, person, profile, org)
                .withLanguage(lang)
                .withFacts(LetterFacts.builder().signedOn(day).build())
                .withReference(ref));
    return new Document(name, rendered.subject(), rendered.toPdf().bytes());
  }

  private byte[] readPdf(String option, Path file) throws Exception {
    byte[] bytes;
    try (InputStream in = cli().open(option, file)) {
      bytes = in.readNBytes(EmailSubmission.MAX_ATTACHMENT_BYTES + 1);
    }
    if (bytes.length > EmailSubmission.MAX_ATTACHMENT_BYTES) {
      throw new InvalidInputException(option, ViolationCode.TOO_LONG, "the file is too large");
    }
    if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      throw new InvalidInputException(option, ViolationCode.INVALID_VALUE, "not a PDF file");
    }
    return bytes;
  }

  /** Appends the submitted event to {@code --request}, or creates it with that one event. */
  private void record(
      ModelValidator validator,
      Participant person,
      ControllerProfile profile,
      String ref,
      SubmissionReceipt receipt)
      throws Exception {
    RequestHistory history;
    if (Files.exists(request)) {
      history =
          ModelFiles.read(cli(), validator, "--request", "request", request, RequestHistory.class);
    } else {
      history = new RequestHistory(ref, person.id(), profile.id(), person.residence(), List.of());
    }
    RequestHistory appended = Lifecycle.standard().append(history, receipt.toSubmittedEvent());
    RequestFiles.write(request, appended);
  }

  private static void attachments(ObjectNode result, List<Document> documents) {
    ArrayNode list = result.putArray("attachments");
    for (Document d : documents) {
      list.addObject()
          .put("name", d.name())
          .put("bytes", d.bytes().length)
          .put("sha256", Digests.sha256(d.bytes()));
    }
  }

  /** PARTICIPANT-CONTROLLER when it fits the id grammar, else the participant and a short hash. */
  static String defaultReference(String participantId, String controllerId) {
    String plain = participantId + "-" + controllerId;
    if (plain.length() <= 64) {
      return plain;
    }
    String hash = Digests.sha256(controllerId.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    return participantId.substring(0, Math.min(participantId.length(), 51)) + "-" + hash;
  }

  private static String describe(SubmissionRoute route) {
    return switch (route.channel()) {
      case WEB_FORM -> "its web form " + route.target() + " (--web-form DIR)";
      case POST -> "post to " + route.target();
      case EMAIL -> "e-mail to " + route.target();
      case PORTAL -> "its portal " + route.target();
    };
  }

  /** One PDF to send: its file name, its title on an address sheet, its bytes (not copied). */
  private static final class Document {
    private final String name;
    private final String title;
    private final byte[] bytes;

    Document(String name, String title, byte[] bytes) {
      this.name = name;
      this.title = title;
      this.bytes = bytes;
    }

    String name() {
      return name;
    }

    String title() {
      return title;
    }

    byte[] bytes() {
      return bytes;
    }
  }
}
