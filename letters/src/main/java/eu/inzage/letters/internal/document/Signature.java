package eu.inzage.letters.internal.document;

import java.util.List;

/**
 * The signature block: a drawn image (PNG), a typed name, or room for a handwritten signature; then
 * the signer's name and role lines and, for electronic signatures, the audit trail.
 *
 * @param image the drawn signature, already decoded and scaled for the page, or null
 * @param typed the typed name shown as the signature, or null
 * @param signLine the label under an empty line for a handwritten signature, or null
 * @param lines the signer's name and role
 * @param audit audit-trail lines (time, IP address, e-mail verification)
 */
public record Signature(
    SignatureImage image, String typed, String signLine, List<String> lines, List<String> audit) {
  /** Copies the lists. */
  public Signature {
    lines = List.copyOf(lines);
    audit = List.copyOf(audit);
  }
}
