package eu.inzage.letters;

import eu.inzage.letters.internal.compose.Composer;
import eu.inzage.letters.internal.document.TextRenderer;
import eu.inzage.letters.internal.pdf.Pdf;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One composed letter, ready to render as PDF/A-2b ({@link #toPdf()}) or plain text ({@link
 * #text()}) from the same source. Immutable and thread-safe; says which language it was written in
 * and whether that is a fallback to English because the wanted language has no template yet.
 */
public final class Letter {
  private final LetterKind kind;
  private final Composer.Composed composed;
  private final Pdf pdf;
  private final Instant created;

  Letter(LetterKind kind, Composer.Composed composed, Pdf pdf, Instant created) {
    this.kind = kind;
    this.composed = composed;
    this.pdf = pdf;
    this.created = created;
  }

  /** The kind of letter. */
  public LetterKind kind() {
    return kind;
  }

  /** The language the letter is written in (ISO 639-1); the first one of a bilingual mandate. */
  public String language() {
    return composed.language();
  }

  /**
   * Every language of the letter, in order: two for a bilingual mandate (see {@code
   * docs/law/mandate.md#language}).
   */
  public List<String> languages() {
    return composed.languages();
  }

  /** The language that was wanted (explicit, or chosen from controller, participant, authority). */
  public String requestedLanguage() {
    return composed.requestedLanguage();
  }

  /** Whether the wanted language has no template yet, so the letter fell back to English. */
  public boolean languageFallback() {
    return composed.fallback();
  }

  /** The subject line (no personal data; also the PDF title). */
  public String subject() {
    return composed.subject();
  }

  /** The case reference printed on the letter. */
  public String reference() {
    return composed.reference();
  }

  /** The first line of the recipient's address (the controller or the authority), if any. */
  public Optional<String> recipient() {
    return Optional.ofNullable(composed.recipient());
  }

  /**
   * For a mandate, the hex SHA-256 of the mandate text printed on it (see {@code
   * docs/law/mandate.md#signature}).
   */
  public Optional<String> mandateTextSha256() {
    return Optional.ofNullable(composed.mandateSha256());
  }

  /** The letter as plain text, for e-mail bodies and web forms. */
  public String text() {
    return TextRenderer.render(composed.document());
  }

  /** The letter as a PDF/A-2b file. */
  public LetterPdf toPdf() {
    Pdf.Rendered rendered = pdf.render(composed.document(), created);
    return LetterPdf.adopt(rendered.bytes(), rendered.pages());
  }

  @Override
  public String toString() {
    return "Letter[kind=" + kind + ", language=" + composed.language() + ", <redacted>]";
  }
}
