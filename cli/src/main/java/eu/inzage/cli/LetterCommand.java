package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Dates;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.CollectiveInput;
import eu.inzage.letters.CollectiveKind;
import eu.inzage.letters.CollectiveResult;
import eu.inzage.letters.CollectiveSource;
import eu.inzage.letters.Letter;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.LetterPdf;
import eu.inzage.letters.Letters;
import eu.inzage.letters.OrganisationSeal;
import eu.inzage.letters.RequestFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inzage letter}: writes one letter for one participant as PDF/A-2b or plain text, or a
 * collective letter (the cover letter of a collective access request, or a collective complaint
 * under Art. 80(1) GDPR) for the participants of a JSON Lines file, in volumes; optionally sealed
 * by the organisation (PAdES).
 */
@Command(
    name = "letter",
    description = {
      "Writes letters as PDF/A-2b or text, single or collective.",
      "Single: access (Art. 15), mandate, reminder, complaint (Art. 77), erasure (Art. 17) for"
          + " --participant FILE into --out FILE.",
      "Collective: cover (Art. 15 for many) or collective-complaint (Art. 80(1)) for"
          + " --participants FILE.jsonl into volumes in --out DIR.",
      "Prints {kind, language, languageFallback, format, out, bytes, sha256, pages, ...};"
          + " collective: {kind, volumes: [{path, participants, pages, bytes, sha256}], total};"
          + " a collective complaint goes to each participant's authority (residence; the Land"
          + " in Germany), one set of volumes per authority, listed in authorities."
    })
final class LetterCommand extends Subcommand {
  private static final java.util.Set<String> COLLECTIVE =
      java.util.Set.of(CollectiveKind.COVER.id(), CollectiveKind.COMPLAINT.id());

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description =
          "access, mandate, reminder, complaint, erasure; collective: cover,"
              + " collective-complaint")
  String kind;

  @Option(
      names = "--controller",
      required = true,
      paramLabel = "ID",
      description =
          "controller id: tiktok, zoom, palantir, or the slug of a controller of --directory")
  String controller;

  @Mixin DirectoryOption directory;

  /** One participant (a letter into a file) or many (volumes into a folder), never both. */
  @ArgGroup(exclusive = true, multiplicity = "1")
  Recipients recipients;

  /** {@code --participant} for the letters to one participant, {@code --participants} else. */
  static final class Recipients {
    @Option(
        names = "--participant",
        required = true,
        paramLabel = "FILE",
        description = "participant JSON (access, mandate, reminder, complaint, erasure)")
    Path participant;

    @Option(
        names = "--participants",
        required = true,
        paramLabel = "FILE.jsonl",
        description =
            "collective kinds: one participant JSON per line, or {\"participant\": {...},"
                + " \"facts\": {...}} with the mandate's signature and, for a complaint, received,"
                + " due, missing")
    Path participants;
  }

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description =
          "one participant: the request with its events (the JSON that status reads), or letter"
              + " facts: received, due, missing (Art. 15 item codes), events [{date, text}],"
              + " signature, signedOn (required for a mandate), signedAt, validUntil, subDelegation,"
              + " followUp")
  Path request;

  @Option(
      names = "--volume-size",
      paramLabel = "N",
      description = "collective kinds: at most N participants per volume (default 500)")
  Integer volumeSize;

  @Option(
      names = "--authority",
      paramLabel = "CC",
      description =
          "collective-complaint: send every participant's complaint to this supervisory"
              + " authority: a country, or a German Land as ISO 3166-2 code such as DE-BY"
              + " (default: each participant's own authority, by residence and, in Germany, Land)")
  String authority;

  /** The organisation's seal: the keystore and the variable holding its password, together. */
  @ArgGroup(exclusive = false)
  Sealing sealing;

  /** The PKCS#12 file and its password. */
  static final class Sealing {
    @Option(
        names = "--seal",
        required = true,
        paramLabel = "FILE.p12",
        description = "seal the PDF with the organisation's key and certificate (PKCS#12, PAdES)")
    Path file;

    @Option(
        names = "--seal-password-env",
        required = true,
        paramLabel = "VAR",
        description = "the environment variable holding the PKCS#12 password")
    String passwordEnv;
  }

  @Option(
      names = "--organisation",
      paramLabel = "FILE",
      description =
          "organisation JSON: the organisation that sends and signs the letter (required; see"
              + " docs/samples/organisation.json)")
  Path organisation;

  @Option(
      names = "--sent-on",
      paramLabel = "DATE",
      description =
          "access, erasure: the day the letter is sent, in the controller's time zone; sent"
              + " through an electronic --channel it states the due date counted from that day"
              + " (default: not known, no due date)")
  String sentOn;

  @Option(
      names = "--channel",
      paramLabel = "CHANNEL",
      description =
          "how the letter is sent: post (default), email, web-form or portal; only a letter sent"
              + " electronically says so (Art. 15(3))")
  String channel;

  @Option(
      names = "--reference",
      paramLabel = "REF",
      description =
          "the case reference printed on the letter (e.g. the campaign and wave); default"
              + " PARTICIPANT/CONTROLLER, for collective kinds KIND/CONTROLLER")
  String reference;

  @Option(names = "--lang", paramLabel = "L", description = "language (ISO 639-1)")
  String lang;

  @Option(
      names = "--format",
      paramLabel = "pdf|text",
      defaultValue = "pdf",
      description = "pdf (PDF/A-2b, default) or text")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE|DIR",
      description = "output file; for the collective kinds the folder of the volumes")
  Path out;

  @Override
  public Integer call() throws Exception {
    String id = kind == null ? "" : Cli.asciiLower(kind.strip());
    boolean collective = COLLECTIVE.contains(id);
    LetterKind letterKind = collective ? null : LetterKind.fromId(id);
    String fmt = Cli.asciiLower(format);
    if (!fmt.equals("pdf") && !fmt.equals("text")) {
      throw new InvalidInputException(
          "format", ViolationCode.INVALID_VALUE, "expected pdf or text");
    }
    checkOptions(id, collective, fmt);
    checkReference();
    if (organisation == null) {
      // a letter meant for sending is signed by the organisation that sends it, never by an
      // example
      throw new InvalidInputException(
          "organisation",
          ViolationCode.REQUIRED,
          "--organisation FILE is required: the organisation that sends and signs the letter"
              + " (see docs/samples/organisation.json)");
    }
    LocalDate sent = sentOn == null ? null : Dates.parse("sentOn", sentOn);
    ChannelType via = channel(channel);
    if (!collective) {
      AtomicFiles.requireWritable(out);
    }
    ModelValidator validator = ModelValidator.create(cli().clock());
    ControllerAdapter adapter = directory.adapter(controller);
    ControllerProfile profile = adapter.profile();
    OrganisationSeal organisationSeal = sealing == null ? null : openSeal();
    if (collective) {
      Organisation org =
          ModelFiles.read(
              cli(), validator, "--organisation", "organisation", organisation, Organisation.class);
      return collective(CollectiveKind.fromId(id), validator, profile, org, organisationSeal);
    }
    cli().outputFile("out", out);
    Participant person =
        ModelFiles.read(
            cli(),
            validator,
            "--participant",
            "participant",
            recipients.participant,
            Participant.class);
    Organisation org =
        ModelFiles.read(
            cli(), validator, "--organisation", "organisation", organisation, Organisation.class);
    // the command's one deadline engine (the documented default) dates every letter it writes
    Letters letters =
        Letters.builder().clock(cli().clock()).deadlines(DeadlineEngine.standard()).build();
    RequestFacts requestFacts = RequestFacts.of(validator, letters.lifecycle());
    LetterFacts facts =
        request == null
            ? requestFacts.sent(letterKind, profile, person.residence(), sent, via)
            : readFacts(requestFacts, request, profile);
    Letter letter =
        letters.compose(
            LetterInput.of(letterKind, person, profile, org)
                .withLanguage(lang)
                .withFacts(facts)
                .withReference(reference));

    ObjectNode result = cli().object();
    result.put("kind", letterKind.id());
    result.put("controller", profile.id());
    result.put("controllerOrigin", Cli.asciiLower(adapter.origin().name()).replace('_', '-'));
    result.put("participant", person.id());
    result.put("language", letter.language());
    result.putPOJO("languages", letter.languages());
    result.put("requestedLanguage", letter.requestedLanguage());
    result.put("languageFallback", letter.languageFallback());
    result.put("reference", letter.reference());
    result.put("subject", letter.subject());
    letter.mandateTextSha256().ifPresent(hash -> result.put("mandateTextSha256", hash));
    result.put(
        "channel",
        facts.channel() == null
            ? "post"
            : Cli.asciiLower(facts.channel().name()).replace('_', '-'));
    result.put("due", facts.due() == null ? null : facts.due().toString());
    result.put("format", fmt);
    byte[] bytes;
    if (fmt.equals("pdf")) {
      LetterPdf pdf = letter.toPdf();
      if (organisationSeal != null) {
        pdf = organisationSeal.seal(pdf);
        sealed(result, organisationSeal);
      }
      bytes = pdf.bytes();
      result.put("pages", pdf.pages());
      result.put("pdfa", "PDF/A-2b");
    } else {
      bytes = letter.text().getBytes(StandardCharsets.UTF_8);
    }
    AtomicFiles.write(out, bytes, false, true);
    result.put("out", out.toString());
    result.put("bytes", bytes.length);
    result.put("sha256", Digests.sha256(bytes));
    cli().print(result);
    return ExitCodes.OK;
  }

  /**
   * Reads {@code --request} through the library ({@link RequestFacts}): a request with its events
   * or explicit letter facts. Field paths start with {@code request}.
   */
  private LetterFacts readFacts(RequestFacts requestFacts, Path file, ControllerProfile profile)
      throws IOException {
    try (InputStream in = cli().open("--request", file)) {
      return ModelFiles.prefixed(
          "request",
          "--request",
          () -> {
            try {
              return requestFacts.read(in, profile, LocalDate.now(cli().clock()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IllegalTransitionException e) {
      throw new InvalidInputException(
          "request.events", ViolationCode.INVALID_VALUE, e.getMessage());
    }
  }

  /**
   * What picocli's option groups cannot see: which family the value of {@code --kind} belongs to,
   * and the options that only some kinds take. Every misuse is reported at once.
   */
  private void checkOptions(String id, boolean collective, String fmt) {
    List<Violation> violations = new ArrayList<>();
    if (collective) {
      if (recipients.participants == null) {
        violations.add(
            new Violation(
                "participants", ViolationCode.REQUIRED, "--participants is required for " + id));
      }
      forbid(
          violations,
          recipients.participant != null,
          "participant",
          "--participant",
          "use --participants");
      forbid(
          violations,
          request != null,
          "request",
          "--request",
          "per-participant facts go in the JSON Lines file");
      forbid(violations, !fmt.equals("pdf"), "format", "--format text", "volumes are PDF/A files");
      forbid(violations, sentOn != null, "sentOn", "--sent-on", "only for single letters");
      forbid(violations, channel != null, "channel", "--channel", "only for single letters");
      forbid(
          violations,
          authority != null && !id.equals("collective-complaint"),
          "authority",
          "--authority",
          "only a complaint goes to an authority");
    } else {
      if (recipients.participant == null) {
        violations.add(
            new Violation(
                "participant", ViolationCode.REQUIRED, "--participant is required for " + id));
      }
      forbid(
          violations,
          recipients.participants != null,
          "participants",
          "--participants",
          "only for cover and collective-complaint");
      forbid(
          violations,
          volumeSize != null,
          "volumeSize",
          "--volume-size",
          "only for cover and collective-complaint");
      forbid(
          violations,
          authority != null,
          "authority",
          "--authority",
          "only for collective-complaint");
      forbid(
          violations,
          request != null && (sentOn != null || channel != null),
          "request",
          "--sent-on/--channel",
          "with --request the facts give sentOn and channel");
    }
    if (sealing != null && fmt.equals("text")) {
      violations.add(
          new Violation("seal", ViolationCode.INVALID_VALUE, "--seal: only a PDF can be sealed"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /** A reference is printed on every page: one short line of plain text. */
  private void checkReference() {
    if (reference == null) {
      return;
    }
    if (reference.length() > 80) {
      throw new InvalidInputException("reference", ViolationCode.TOO_LONG, "at most 80 characters");
    }
    if (reference.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          "reference", ViolationCode.CONTROL_CHARACTERS, "no control characters");
    }
  }

  private static void forbid(
      List<Violation> violations, boolean present, String field, String option, String why) {
    if (present) {
      violations.add(
          new Violation(
              field, ViolationCode.INVALID_VALUE, option + " does not go with this kind: " + why));
    }
  }

  private OrganisationSeal openSeal() throws IOException {
    String password = cli().env(sealing.passwordEnv);
    if (password == null) {
      throw new InvalidInputException(
          "sealPasswordEnv", ViolationCode.REQUIRED, "the environment variable is not set");
    }
    try (InputStream in = cli().open("--seal", sealing.file)) {
      return OrganisationSeal.fromPkcs12(in, password.toCharArray(), cli().clock());
    }
  }

  private static void sealed(ObjectNode result, OrganisationSeal organisationSeal) {
    ObjectNode node = result.putObject("seal");
    node.put("format", "PAdES (ETSI.CAdES.detached)");
    node.put("signer", organisationSeal.signer());
    node.put("certificateSha256", organisationSeal.certificateSha256());
  }

  /**
   * Writes a collective letter into {@code --out DIR}: every participant is checked first (a bad
   * line writes nothing), then every volume is staged beside its target and all are committed
   * together, so a failure in any volume writes none.
   */
  private Integer collective(
      CollectiveKind collectiveKind,
      ModelValidator validator,
      ControllerProfile profile,
      Organisation org,
      OrganisationSeal organisationSeal)
      throws IOException {
    Path participants = recipients.participants;
    CollectiveInput input =
        CollectiveInput.of(collectiveKind, profile, org)
            .withLanguage(lang)
            .withReference(reference)
            .withAuthority(authority)
            .withVolumeSize(volumeSize == null ? CollectiveInput.DEFAULT_VOLUME_SIZE : volumeSize);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InvalidInputException(
          "out", ViolationCode.INVALID_VALUE, "must be a folder for a collective letter");
    }
    if (!Files.isRegularFile(participants)) {
      throw new InvalidInputException("participants", ViolationCode.REQUIRED, "file not found");
    }
    String prefix = collectiveKind.id() + "-" + profile.id() + "-";
    if (Files.isDirectory(out)) {
      // a volume's name taken by a FIFO, a device or a folder: refused before anything is written
      try (var names = Files.list(out)) {
        if (names.anyMatch(
            p -> {
              String name = p.getFileName().toString();
              return name.startsWith(prefix)
                  && name.endsWith(".pdf")
                  && !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            })) {
          throw new InvalidInputException(
              "out", ViolationCode.INVALID_VALUE, "a volume's name is taken by a non-regular file");
        }
      }
    }
    Letters letters = Letters.builder().clock(cli().clock()).build();
    ArrayNode volumes = cli().mapper().createArrayNode();
    CollectiveResult total;
    // every volume is staged beside its target and committed only when all were written: a
    // failure in a later volume (an image that fails to decode, a full disk) leaves the folder as
    // it was, with no new volume and no older volume replaced
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      // one snapshot of the file for both passes: what was checked is what is written
      try (CollectiveSource source = CollectiveSource.jsonLines(participants, validator)) {
        total =
            letters.writeCollective(
                input,
                source,
                volume -> {
                  LetterPdf pdf = volume.pdf();
                  if (organisationSeal != null) {
                    pdf = organisationSeal.seal(pdf);
                  }
                  Path file =
                      out.resolve(
                          String.format(
                              Locale.ROOT,
                              "%s-%s-%s%03d.pdf",
                              collectiveKind.id(),
                              profile.id(),
                              volume.authority() == null
                                  ? ""
                                  : volume.authority().toLowerCase(Locale.ROOT) + "-",
                              volume.number()));
                  byte[] bytes = pdf.bytes();
                  staged.put(AtomicFiles.stage(file, bytes), file);
                  ObjectNode node = volumes.addObject();
                  node.put("path", file.toString());
                  node.put("volume", volume.number());
                  node.put("first", volume.first());
                  node.put("participants", volume.participants());
                  node.put("pages", pdf.pages());
                  node.put("bytes", bytes.length);
                  node.put("sha256", pdf.sha256());
                  if (volume.authority() != null) {
                    node.put("authority", volume.authority());
                  }
                });
      }
      for (var entry : staged.entrySet()) {
        AtomicFiles.commit(entry.getKey(), entry.getValue(), true);
      }
    } finally {
      for (Path temp : staged.keySet()) {
        Files.deleteIfExists(temp);
      }
    }
    ObjectNode result = cli().object();
    result.put("kind", collectiveKind.id());
    result.put("controller", profile.id());
    result.put("language", total.language());
    result.put("languageFallback", total.languageFallback());
    result.put("format", "pdf");
    result.put("pdfa", "PDF/A-2b");
    result.put("out", out.toString());
    if (organisationSeal != null) {
      sealed(result, organisationSeal);
    }
    result.set("volumes", volumes);
    if (collectiveKind == CollectiveKind.COMPLAINT) {
      authorities(result.putArray("authorities"), total, volumes);
    }
    ObjectNode sum = result.putObject("total");
    sum.put("participants", total.participants());
    sum.put("volumes", total.volumes());
    long pages = 0;
    long bytes = 0;
    for (com.fasterxml.jackson.databind.JsonNode v : volumes) {
      pages += v.get("pages").asLong();
      bytes += v.get("bytes").asLong();
    }
    sum.put("pages", pages);
    sum.put("bytes", bytes);
    cli().print(result);
    return ExitCodes.OK;
  }

  /**
   * One entry per authority a collective complaint went to (Art. 77(1) GDPR): its code ({@code NL},
   * {@code DE-BY}), name, language, participants and the paths of its volumes.
   */
  private static void authorities(ArrayNode out, CollectiveResult total, ArrayNode volumes) {
    for (CollectiveResult.Part part : total.authorities()) {
      ObjectNode node = out.addObject();
      node.put("authority", part.authority());
      node.put("name", part.name());
      node.put("language", part.language());
      node.put("languageFallback", part.languageFallback());
      node.put("participants", part.participants());
      ArrayNode paths = node.putArray("volumes");
      for (com.fasterxml.jackson.databind.JsonNode v : volumes) {
        if (v.has("authority") && v.get("authority").asText().equals(part.authority())) {
          paths.add(v.get("path").asText());
        }
      }
    }
  }

  /** The channel named by {@code --channel}: post (default), email, web-form or portal. */
  private static ChannelType channel(String name) {
    if (name == null) {
      return ChannelType.POST;
    }
    return switch (Cli.asciiLower(name.strip())) {
      case "post" -> ChannelType.POST;
      case "email" -> ChannelType.EMAIL;
      case "web-form" -> ChannelType.WEB_FORM;
      case "portal" -> ChannelType.PORTAL;
      default ->
          throw new InvalidInputException(
              "channel", ViolationCode.INVALID_VALUE, "expected post, email, web-form or portal");
    };
  }
}
