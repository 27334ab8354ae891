package eu.inzage.letters.internal.document;

import java.util.List;

/**
 * A composed letter, independent of the output format: the frame (sender, recipient, reference,
 * date) and the body the template produced. Both renderers (PDF and plain text) take this.
 *
 * @param language the language of the letter (ISO 639-1)
 * @param letterhead the sender's name as printed in the letterhead
 * @param letterheadNote a second letterhead line (legal form, website), or empty
 * @param returnLine the one-line sender address above the recipient window, or empty
 * @param sender the sender's contact lines (information block)
 * @param recipient the recipient's address lines; empty for a document without recipient
 * @param info labelled lines of the information block (reference, date)
 * @param subject the subject line
 * @param salutation the salutation, or null
 * @param body the body blocks
 * @param closing the closing phrase, or null
 * @param signature the signature block, or null
 * @param fingerprint a line printed after the signature (the mandate's SHA-256), or null
 * @param enclosuresLabel the heading of the enclosures list
 * @param enclosures the enclosures
 * @param ccLabel the heading of the copies list
 * @param cc who receives a copy
 * @param pagePattern the footer pattern with {@code {page}} and {@code {pages}}
 * @param title the document title for the metadata
 * @param author the document author for the metadata
 */
public record LetterDocument(
    String language,
    String letterhead,
    String letterheadNote,
    String returnLine,
    List<String> sender,
    List<String> recipient,
    List<Field> info,
    String subject,
    String salutation,
    List<Block> body,
    String closing,
    Signature signature,
    String fingerprint,
    String enclosuresLabel,
    List<String> enclosures,
    String ccLabel,
    List<String> cc,
    String pagePattern,
    String title,
    String author) {
  /** A labelled line of the information block. */
  public record Field(String label, String value) {}

  /** Copies the lists. */
  public LetterDocument {
    sender = List.copyOf(sender);
    recipient = List.copyOf(recipient);
    info = List.copyOf(info);
    body = List.copyOf(body);
    enclosures = List.copyOf(enclosures);
    cc = List.copyOf(cc);
  }

  @Override
  public String toString() {
    return "LetterDocument[language=" + language + ", blocks=" + body.size() + ", <redacted>]";
  }
}
