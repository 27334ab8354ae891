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

/**
 * Assesses a reply to an access request against Art. 15 GDPR, item by item (the rules and the law
 * are in {@code docs/replies.md}):
 *
 * <ul>
 *   <li>an export with categories (TikTok's) answers {@code CONFIRMATION} and {@code ACCESS} (Art.
 *       15(1)), {@code CATEGORIES} (15(1)(b), its section names) and {@code COPY} (15(3)); the
 *       information of 15(1)(a), (c)–(h) and 15(2) is not in it, so those items are {@code
 *       MISSING};
 *   <li>a letter stating that no personal data are held answers {@code CONFIRMATION} (a negative
 *       confirmation) and every other item is {@code NOT_APPLICABLE};
 *   <li>a letter claiming to act only as a processor answers nothing: every item is {@code
 *       MISSING}, with a finding that calls for a follow-up asking for the controllers it processes
 *       for (Art. 28(3)(e) GDPR obliges a processor to assist them with the request);
 *   <li>an empty reply, or a letter stating neither, answers nothing.
 * </ul>
 */
public final class ReplyAssessor {
  private final TikTokExportReader reader;

  private ReplyAssessor(Builder builder) {
    this.reader = Objects.requireNonNull(builder.reader, "reader");
  }

  /** A builder; {@link Builder#reader} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads and assesses one reply file: a TikTok export ({@code .json}), a ZIP archive holding one
   * ({@code .zip}, read by the reader's {@link SafeArchive}), or a letter ({@code .txt}, {@code
   * .eml}, {@code .pdf}). The source is not closed.
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
      return assessExport(controller, reader.readArchive(fileName, source));
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
   * nothing.
   */
  public static Assessment assessExport(String controller, ExportReading reading) {
    List<Category> categories = reading.categories();
    Map<AccessItem, ItemStatus> items = all(ItemStatus.MISSING);
    List<Finding> findings = new ArrayList<>();
    if (categories.isEmpty()) {
      findings.add(
          new Finding(AccessItem.COPY, ItemStatus.MISSING, "the export holds no category of data"));
      return new Assessment(controller, items, categories, findings);
    }
    long records = categories.stream().mapToLong(Category::records).sum();
    String copy = "an export of " + categories.size() + " categories, " + records + " records";
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
            "the export's sections name " + categories.size() + " categories"));
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
    findings.add(new Finding(AccessItem.COPY, ItemStatus.ANSWERED, copy));
    if (reading.unparseableDates() > 0) {
      findings.add(
          new Finding(
              AccessItem.COPY,
              ItemStatus.ANSWERED,
              reading.unparseableDates() + " record dates could not be read"));
    }
    return new Assessment(controller, items, categories, findings);
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
    private TikTokExportReader reader;

    private Builder() {}

    /** The reader of exports and archives (required). */
    public Builder reader(TikTokExportReader reader) {
      this.reader = reader;
      return this;
    }

    /** The assessor. */
    public ReplyAssessor build() {
      return new ReplyAssessor(this);
    }
  }
}
