package eu.inzage.letters.internal.compose;

import eu.inzage.core.model.Address;
import eu.inzage.core.model.Organisation;
import eu.inzage.letters.internal.document.Block;
import eu.inzage.letters.internal.document.LetterDocument;
import eu.inzage.letters.internal.template.Labels;
import eu.inzage.letters.internal.template.Scope;
import eu.inzage.letters.internal.template.TemplateStore;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The address sheet that opens each envelope of a post bundle: the organisation's letterhead, its
 * return line and the recipient in the envelope window (the same frame as every letter), the
 * reference and date, and the list of enclosed documents with their page counts. Thread-safe.
 */
public final class AddressSheet {
  private AddressSheet() {}

  /** One enclosed document as the sheet lists it. */
  public record Entry(String title, int pages) {}

  /**
   * What one sheet says.
   *
   * @param language the language of the sheet (one with labels)
   * @param sender the organisation that sends the envelope
   * @param name the recipient's name
   * @param address the recipient's address
   * @param originalTo for a copy, the name of the recipient of the originals; null otherwise
   * @param reference the case reference
   * @param today the day of the sheet
   * @param entries the enclosed documents, in order
   * @param total the pages of the envelope, this sheet and blank backs included
   */
  public record Sheet(
      String language,
      Organisation sender,
      String name,
      Address address,
      String originalTo,
      String reference,
      LocalDate today,
      List<Entry> entries,
      int total) {}

  /** Whether the sheet can be written in a language (ISO 639-1). */
  public static boolean supports(String language) {
    return TemplateStore.builtIn().labels(language).map(l -> l.has("post.title")).orElse(false);
  }

  /** The sheet as a letter document, ready for the PDF renderer. */
  public static LetterDocument compose(Sheet sheet) {
    Labels labels =
        TemplateStore.builtIn()
            .labels(sheet.language())
            .orElseThrow(() -> new IllegalStateException("no labels for " + sheet.language()));
    Organisation org = sheet.sender();
    List<String> recipient = new ArrayList<>();
    recipient.add(sheet.name().strip());
    recipient.addAll(sheet.address().lines());
    String home = org.address() == null ? null : org.address().country();
    String country = sheet.address().country();
    if (country != null && !country.equals(home)) {
      recipient.add(Composer.country(country, labels).toUpperCase(Composer.locale(labels)));
    }
    String place = org.address() == null ? null : Composer.blankToNull(org.address().city());
    String date =
        DateTimeFormatter.ofPattern(labels.get("date.pattern"), Composer.locale(labels))
            .format(sheet.today());
    List<LetterDocument.Field> info =
        List.of(
            new LetterDocument.Field(labels.get("label.reference"), sheet.reference()),
            new LetterDocument.Field(
                labels.get("label.date"), place == null ? date : place + ", " + date));
    List<Block> body = new ArrayList<>();
    if (sheet.originalTo() != null) {
      body.add(
          new Block.Paragraph(
              labels.format(
                  "post.copyNote",
                  Scope.root(sheet.language()).put("name", sheet.originalTo().strip()))));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < sheet.entries().size(); i++) {
      Entry entry = sheet.entries().get(i);
      rows.add(
          List.of(Integer.toString(i + 1), entry.title().strip(), Integer.toString(entry.pages())));
    }
    body.add(
        new Block.Table(
            List.of(labels.get("annex.no"), labels.get("post.document"), labels.get("post.pages")),
            List.of(1, 9, 2),
            rows));
    body.add(new Block.Field(labels.get("post.total"), Integer.toString(sheet.total())));
    String subject = labels.get(sheet.originalTo() == null ? "post.subject" : "post.copySubject");
    return Composer.unsigned(
        labels, org, recipient, info, subject, null, body, labels.get("post.title"));
  }
}
