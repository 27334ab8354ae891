package eu.inzage.adapters.replies;

import eu.inzage.adapters.internal.replies.Labels;
import eu.inzage.core.model.AccessItem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses a reply to an access request against Art. 15 GDPR, item by item (the rules and the law
 * are in {@code docs/replies.md}):
 *
 * <ul>
 *   <li>an export with categories (TikTok's, or a Zoom reply) answers {@code CONFIRMATION} and
 *       {@code ACCESS} (Art. 15(1)), {@code CATEGORIES} (15(1)(b), its section names) and {@code
 *       COPY} (15(3)), the copy {@code PARTIAL} when its categories hold no record ({@link
 *       #assessExport}); the information of 15(1)(a), (c)–(h) and 15(2) is not in it, so those
 *       items are {@code MISSING};
 *   <li>a letter stating that no personal data are held answers {@code CONFIRMATION} (a negative
 *       confirmation) and every other item is {@code NOT_APPLICABLE};
 *   <li>a letter claiming to act only as a processor answers nothing: every item is {@code
 *       MISSING}, with a finding that calls for a follow-up asking for the controllers it processes
 *       for (Art. 28(3)(e) GDPR obliges a processor to assist them with the request);
 *   <li>an empty reply, or a letter stating neither, answers nothing.
 * </ul>
 */
public final class ReplyAssessor {
  /** The identifier of the controller whose {@code .zip} replies the Zoom reader reads. */
  public static final String ZOOM = "zoom";

  /**
   * Category names (the last part of a name, any case) of data every account has: a profile, and
   * sign-ins (to have an account is to have signed in). Present but empty, they are reported for a
   * person to check.
   */
  private static final Set<String> EVERY_ACCOUNT =
      Set.of(
          "profile",
          "profile info",
          "profile information",
          "account",
          "account info",
          "login history",
          "sign-in history",
          "sign in history",
          "signin history");

  private final TikTokExportReader reader;
  private final ZoomReplyReader zoom;

  private ReplyAssessor(Builder builder) {
    SafeArchive archive = Objects.requireNonNull(builder.archive, "archive");
    this.reader = TikTokExportReader.builder().archive(archive).build();
    this.zoom = ZoomReplyReader.builder().archive(archive).build();
  }

  /** A builder; {@link Builder#archive} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads and assesses one reply file: a TikTok export ({@code .json}), a ZIP archive ({@code
   * .zip}, read by the {@link SafeArchive}: for the controller {@value #ZOOM} a Zoom reply read by
   * the {@link ZoomReplyReader}, for any other controller a TikTok export in JSON or TXT read by
   * the {@link TikTokExportReader}), or a letter ({@code .txt}, {@code .eml}, {@code .pdf}). The
   * source is not closed.
   *
   * @param controller the controller's identifier
   * @param fileName the file's name; its extension tells the format
   * @throws RejectedReplyException if the file is refused (hostile or damaged archive, malformed
   *     export, unreadable letter, unknown format)
   * @throws eu.inzage.core.StorageException if the source fails to read
   */
  public Assessment assess(String controller, String fileName, InputStream source) {
    Objects.requireNonNull(controller, "controller");
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return assessExport(controller, reader.read(fileName, source));
    }
    if (lower.endsWith(".zip")) {
      return assessExport(
          controller,
          controller.equals(ZOOM)
              ? zoom.readArchive(fileName, source)
              : reader.readArchive(fileName, source));
    }
    if (LetterText.isLetter(fileName)) {
      return assessLetter(controller, LetterText.read(fileName, source));
    }
    throw new RejectedReplyException(
        RejectedReplyException.Reason.UNKNOWN_FORMAT,
        Labels.safe(fileName) + ": not a reply the reader knows (.json, .zip, .txt, .eml or .pdf)");
  }

  /**
   * Assesses an export (a copy of the data, Art. 15(3)). An export without any category answers
   * nothing. An export answers {@code CONFIRMATION}, {@code ACCESS}, {@code CATEGORIES} and {@code
   * COPY}; {@code COPY} is {@code PARTIAL} (asked for again, Art. 12(3), 15(3)) when its categories
   * hold no record at all — names of sections without any data are no copy of the data. What the
   * reader could not verify (record dates in no known format, broken records, files of a type it
   * does not know, a profile or login history present but empty) is reported as findings on {@code
   * COPY} for a person to check, without changing the status: the data may well be there in a form
   * a person reads, and a reminder asking again for what was given would be wrong.
   */
  public static Assessment assessExport(String controller, ExportReading reading) {
    List<Category> categories = reading.categories();
    // files the reader could not read are listed as a category, but they show no data
    List<Category> data =
        categories.stream().filter(c -> !c.name().equals(ExportReading.UNREAD_FILES)).toList();
    Map<AccessItem, ItemStatus> items = all(ItemStatus.MISSING);
    List<Finding> findings = new ArrayList<>();
    if (data.isEmpty()) {
      findings.add(
          new Finding(AccessItem.COPY, ItemStatus.MISSING, "the export holds no category of data"));
      for (String what : unverified(reading, categories)) {
        findings.add(new Finding(AccessItem.COPY, ItemStatus.MISSING, what));
      }
      return new Assessment(controller, items, categories, findings);
    }
    long records = data.stream().mapToLong(Category::records).sum();
    String copy = "an export of " + data.size() + " categories, " + records + " records";
    for (AccessItem answered :
        List.of(AccessItem.CONFIRMATION, AccessItem.ACCESS, AccessItem.CATEGORIES)) {
      items.put(answered, ItemStatus.ANSWERED);
    }
    items.put(AccessItem.COPY, ItemStatus.ANSWERED);
    findings.add(new Finding(AccessItem.CONFIRMATION, ItemStatus.ANSWERED, copy));
    findings.add(
        new Finding(
            AccessItem.CATEGORIES,
            ItemStatus.ANSWERED,
            "the export's sections name " + data.size() + " categories"));
    items.forEach(
        (item, status) -> {
          if (status == ItemStatus.MISSING) {
            findings.add(
                new Finding(
                    item,
                    ItemStatus.MISSING,
                    "an export of data does not give the information of Art. "
                        + item.provision()
                        + " GDPR"));
          }
        });
    ItemStatus copyStatus = records == 0 ? ItemStatus.PARTIAL : ItemStatus.ANSWERED;
    items.put(AccessItem.COPY, copyStatus);
    findings.add(new Finding(AccessItem.COPY, copyStatus, copy));
    if (records == 0) {
      findings.add(
          new Finding(AccessItem.COPY, copyStatus, "the export's categories hold no record"));
    }
    if (reading.mediaFiles() > 0) {
      findings.add(
          new Finding(
              AccessItem.COPY,
              copyStatus,
              reading.mediaFiles()
                  + " media files ("
                  + reading.mediaBytes()
                  + " bytes) counted, not read"));
    }
    for (String what : unverified(reading, categories)) {
      findings.add(new Finding(AccessItem.COPY, copyStatus, what));
    }
    return new Assessment(controller, items, categories, findings);
  }

  /** What of the copy the reader could not verify, one sentence each, for a person to check. */
  private static List<String> unverified(ExportReading reading, List<Category> categories) {
    List<String> unverified = new ArrayList<>();
    if (reading.unparseableDates() > 0) {
      unverified.add(reading.unparseableDates() + " record dates could not be read");
    }
    if (reading.brokenRecords() > 0) {
      unverified.add(
          reading.brokenRecords()
              + " records could not be read (a row with more or fewer fields than its header, a"
              + " cue with an unreadable timing, a block without a \"Key: value\" line)");
    }
    if (reading.unreadFiles() > 0) {
      unverified.add(
          reading.unreadFiles()
              + " files of a type the reader does not know were counted, not read (category "
              + ExportReading.UNREAD_FILES
              + ")");
    }
    List<String> emptyEveryAccount =
        categories.stream()
            .filter(c -> c.records() == 0 && isEveryAccount(c.name()))
            .map(Category::name)
            .toList();
    if (!emptyEveryAccount.isEmpty()) {
      unverified.add(
          "present but empty, though every account has such data: "
              + String.join(", ", emptyEveryAccount));
    }
    return unverified;
  }

  private static boolean isEveryAccount(String category) {
    String last = category.substring(category.lastIndexOf('/') + 1).strip();
    return EVERY_ACCOUNT.contains(last.toLowerCase(Locale.ROOT));
  }

  /**
   * Assesses a letter by its {@link Statement}s ({@link ReplyStatements}). A processor claim
   * prevails over a statement that no data are held: a processor holds no data as controller, which
   * does not confirm anything for the controllers it works for.
   */
  public static Assessment assessLetter(String controller, String text) {
    List<Statement> statements = ReplyStatements.find(text);
    Optional<Statement> processor = first(statements, Statement.Kind.PROCESSOR_ONLY);
    Optional<Statement> noData = first(statements, Statement.Kind.NO_DATA);
    List<Finding> findings = new ArrayList<>();
    if (processor.isPresent()) {
      findings.add(
          new Finding(
              AccessItem.CONFIRMATION,
              ItemStatus.MISSING,
              "processor only: \""
                  + processor.get().evidence()
                  + "\"; follow up: ask which controllers it processes the data for (Art. 28(3)(e)"
                  + " GDPR) and address the request to them"));
      return new Assessment(controller, all(ItemStatus.MISSING), List.of(), findings);
    }
    if (noData.isPresent()) {
      Map<AccessItem, ItemStatus> items = all(ItemStatus.NOT_APPLICABLE);
      items.put(AccessItem.CONFIRMATION, ItemStatus.ANSWERED);
      findings.add(
          new Finding(AccessItem.CONFIRMATION, ItemStatus.ANSWERED, noData.get().evidence()));
      return new Assessment(controller, items, List.of(), findings);
    }
    findings.add(
        new Finding(
            AccessItem.CONFIRMATION,
            ItemStatus.MISSING,
            text.isBlank()
                ? "the reply is empty"
                : "the reply neither confirms nor denies that personal data are processed"));
    return new Assessment(controller, all(ItemStatus.MISSING), List.of(), findings);
  }

  private static Optional<Statement> first(List<Statement> statements, Statement.Kind kind) {
    return statements.stream().filter(s -> s.kind() == kind).findFirst();
  }

  private static Map<AccessItem, ItemStatus> all(ItemStatus status) {
    Map<AccessItem, ItemStatus> items = new EnumMap<>(AccessItem.class);
    for (AccessItem item : AccessItem.values()) {
      items.put(item, status);
    }
    return items;
  }

  /** Builds a {@link ReplyAssessor}. */
  public static final class Builder {
    private SafeArchive archive;

    private Builder() {}

    /** The reader of archives, whose limits apply to every reply (required). */
    public Builder archive(SafeArchive archive) {
      this.archive = archive;
      return this;
    }

    /** The assessor. */
    public ReplyAssessor build() {
      return new ReplyAssessor(this);
    }
  }
}
