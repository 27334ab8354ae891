package eu.inzage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.Letter;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.LetterPdf;
import eu.inzage.letters.Letters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage letter}: writes one letter for one participant as PDF/A-2b or plain text. The
 * {@code cover} kind (collective letters) is not available yet.
 */
@Command(
    name = "letter",
    description = {
      "Writes one letter: access (Art. 15), mandate, reminder, complaint (Art. 77), erasure"
          + " (Art. 17).",
      "Prints {kind, language, languageFallback, format, out, bytes, sha256, pages, ...}."
    })
final class LetterCommand extends Subcommand {
  private static final String DEFAULT_ORGANISATION = "default-organisation.json";
  private static final ObjectMapper PEEK = InzageJson.newMapper();
  private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "access, mandate, reminder, complaint or erasure")
  String kind;

  @Option(names = "--controller", required = true, paramLabel = "ID", description = "controller id")
  String controller;

  @Option(
      names = "--participant",
      required = true,
      paramLabel = "FILE",
      description = "participant JSON")
  Path participant;

  @Option(
      names = "--organisation",
      paramLabel = "FILE",
      description = "organisation JSON (default: the built-in example organisation)")
  Path organisation;

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description =
          "the request with its events (the JSON that status reads), or letter facts: received,"
              + " due, missing (Art. 15 item codes), events [{date, text}], signature, signedOn,"
              + " signedAt, validUntil, subDelegation")
  Path request;

  @Option(names = "--lang", paramLabel = "L", description = "language (ISO 639-1)")
  String lang;

  @Option(
      names = "--format",
      paramLabel = "pdf|text",
      defaultValue = "pdf",
      description = "pdf (PDF/A-2b, default) or text")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file")
  Path out;

  @Override
  public Integer call() throws Exception {
    LetterKind letterKind = kind(kind);
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("pdf") && !fmt.equals("text")) {
      throw new InvalidInputException(
          "format", ViolationCode.INVALID_VALUE, "expected pdf or text");
    }
    ModelValidator validator = ModelValidator.create(cli().clock());
    ControllerProfile profile = ControllerProfiles.builtIn().require(controller);
    Participant person =
        read(validator, "--participant", "participant", participant, Participant.class);
    Organisation org =
        organisation == null
            ? defaultOrganisation(validator)
            : read(validator, "--organisation", "organisation", organisation, Organisation.class);
    LetterFacts facts =
        request == null
            ? factsWithoutRequest(letterKind, profile, person)
            : readFacts(validator, profile);
    Letters letters = Letters.builder().clock(cli().clock()).build();
    Letter letter =
        letters.compose(
            LetterInput.of(letterKind, person, profile, org).withLanguage(lang).withFacts(facts));

    ObjectNode result = cli().object();
    result.put("kind", letterKind.id());
    result.put("controller", profile.id());
    result.put("participant", person.id());
    result.put("language", letter.language());
    result.putPOJO("languages", letter.languages());
    result.put("requestedLanguage", letter.requestedLanguage());
    result.put("languageFallback", letter.languageFallback());
    result.put("reference", letter.reference());
    result.put("subject", letter.subject());
    letter.mandateTextSha256().ifPresent(hash -> result.put("mandateTextSha256", hash));
    result.put("format", fmt);
    byte[] bytes;
    if (fmt.equals("pdf")) {
      LetterPdf pdf = letter.toPdf();
      bytes = pdf.bytes();
      result.put("pages", pdf.pages());
      result.put("pdfa", "PDF/A-2b");
    } else {
      bytes = letter.text().getBytes(StandardCharsets.UTF_8);
    }
    write(out, bytes);
    result.put("out", out.toString());
    result.put("bytes", bytes.length);
    result.put("sha256", sha256(bytes));
    cli().print(result);
    return ExitCodes.OK;
  }

  /**
   * Without {@code --request}, an access or erasure request states its own deadline when the
   * controller takes requests electronically: sent today, it is received today (Art. 12(3); EDPB
   * Guidelines 01/2022 §159). For post the receipt day is not known, so no date is stated.
   */
  private LetterFacts factsWithoutRequest(
      LetterKind letterKind, ControllerProfile profile, Participant person) {
    boolean electronic =
        profile.preferredChannel() == ChannelType.EMAIL
            || profile.preferredChannel() == ChannelType.WEB_FORM
            || profile.preferredChannel() == ChannelType.PORTAL;
    if (!electronic || (letterKind != LetterKind.ACCESS && letterKind != LetterKind.ERASURE)) {
      return LetterFacts.none();
    }
    LocalDate received = cli().clock().instant().atZone(profile.zone()).toLocalDate();
    DeadlineEngine engine = DeadlineEngine.standard();
    Deadline deadline =
        engine.compute(engine.queryFor(received, profile, person.residence()).build());
    return LetterFacts.dates(deadline.received(), deadline.due());
  }

  /**
   * Reads {@code --request}: either the library's request JSON with its events (as {@code inzage
   * status} reads it), from which the dates, events and missing items follow, or explicit letter
   * facts.
   */
  private LetterFacts readFacts(ModelValidator validator, ControllerProfile profile)
      throws IOException {
    byte[] bytes;
    try (InputStream in = cli().open("--request", request)) {
      bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
    }
    if (bytes.length > MAX_REQUEST_BYTES) {
      throw new InvalidInputException("request", ViolationCode.TOO_LONG, "file is too large");
    }
    if (!isHistory(bytes)) {
      return read(validator, "--request", "request", bytes, LetterFacts.class);
    }
    RequestHistory history = read(validator, "--request", "request", bytes, RequestHistory.class);
    if (!history.controllerId().equals(profile.id())) {
      throw new InvalidInputException(
          "request.controllerId",
          ViolationCode.INVALID_VALUE,
          "names another controller than --controller");
    }
    try {
      return LetterFacts.fromHistory(history, profile, LocalDate.now(cli().clock()));
    } catch (IllegalTransitionException e) {
      throw new InvalidInputException(
          "request.events", ViolationCode.INVALID_VALUE, e.getMessage());
    }
  }

  /** A request with events names its controller, or has events with a {@code type}. */
  private static boolean isHistory(byte[] bytes) {
    try {
      JsonNode tree = PEEK.readTree(bytes);
      if (tree == null || !tree.isObject()) {
        return false;
      }
      JsonNode events = tree.get("events");
      return tree.has("controllerId")
          || (events != null && events.isArray() && events.size() > 0 && events.get(0).has("type"));
    } catch (IOException e) {
      return false; // not JSON: the facts reader reports it with the right code
    }
  }

  private static LetterKind kind(String id) {
    if ("cover".equals(id)) {
      throw new InvalidInputException(
          "kind",
          ViolationCode.INVALID_VALUE,
          "the collective cover letter is not available in this version");
    }
    return LetterKind.fromId(id == null ? "" : id.toLowerCase(Locale.ROOT));
  }

  private <T> T read(
      ModelValidator validator, String option, String prefix, Path file, Class<T> type) {
    try (InputStream in = cli().open(option, file)) {
      return prefixed(prefix, option, () -> validator.read(in, type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(
      ModelValidator validator, String option, String prefix, byte[] bytes, Class<T> type) {
    return prefixed(prefix, option, () -> validator.read(new ByteArrayInputStream(bytes), type));
  }

  /** Field paths of a file's violations start with the file's role: {@code participant.name}. */
  private static <T> T prefixed(String prefix, String option, Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      if (e.violations().size() == 1 && e.violations().get(0).field().equals(option)) {
        throw e;
      }
      List<Violation> prefixed =
          e.violations().stream()
              .map(
                  v ->
                      new Violation(
                          v.field().isEmpty() ? prefix : prefix + "." + v.field(),
                          v.code(),
                          v.message()))
              .collect(Collectors.toList());
      throw new InvalidInputException(prefixed);
    }
  }

  private static Organisation defaultOrganisation(ModelValidator validator) {
    try (InputStream in = LetterCommand.class.getResourceAsStream(DEFAULT_ORGANISATION)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_ORGANISATION);
      }
      return validator.read(in, Organisation.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes through a temporary file in the same folder, so a failure leaves nothing half done. */
  private static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path temp = Files.createTempFile(dir, ".letter-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
