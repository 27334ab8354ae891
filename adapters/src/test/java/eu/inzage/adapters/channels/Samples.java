package eu.inzage.adapters.channels;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Sample submissions for the channel tests: made-up people and organisations only. */
final class Samples {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:15:00Z"), ZoneOffset.UTC);
  static final String GREEK_SUBJECT = "Αίτημα πρόσβασης σύμφωνα με το άρθρο 15 ΓΚΠΔ";
  static final String NAME = "Zoë Ångström-Łukasiewicz";
  static final byte[] LETTER_PDF =
      "%PDF-1.7 letter\n\u0000\u00ff binary".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] MANDATE_PDF = pseudoRandom(70_000);

  private Samples() {}

  /** A full submission: one To, one Cc, Reply-To base, two attachments. */
  static EmailSubmission.Builder full(String reference) {
    return EmailSubmission.builder()
        .reference(reference)
        .from("requests@org.example", "Inzage Stichting")
        .to("privacy@controller.example", "Privacy Team")
        .cc("rep@representative.example", null)
        .replyToBase("requests@org.example")
        .subject("Access request under Art. 15 GDPR (" + reference + ")")
        .body("Dear Sir or Madam,\n\nplease find my request attached.\n.\nKind regards\n")
        .attach("access-request.pdf", "application/pdf", LETTER_PDF)
        .attach("mandate.pdf", "application/pdf", MANDATE_PDF);
  }

  /** A submission with a single recipient, so that a mail server stores exactly one copy. */
  static EmailSubmission single(String reference) {
    return EmailSubmission.builder()
        .reference(reference)
        .from("requests@org.example", "Inzage Stichting")
        .to("privacy@controller.example", null)
        .subject("Access request " + reference)
        .body("Please answer within one month (Art. 12(3) GDPR).")
        .attach("access-request.pdf", "application/pdf", LETTER_PDF)
        .build();
  }

  private static byte[] pseudoRandom(int size) {
    byte[] bytes = new byte[size];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < size; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      bytes[i] = (byte) x;
    }
    return bytes;
  }
}
