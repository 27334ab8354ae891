package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.ControllerProfiles;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
          "facts JSON: received, due, missing (Art. 15 item codes), events [{date, text}],"
              + " signature, signedOn, signedAt, validUntil, subDelegation")
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
            ? LetterFacts.none()
            : read(validator, "--request", "request", request, LetterFacts.class);
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
      return validator.read(in, type);
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
