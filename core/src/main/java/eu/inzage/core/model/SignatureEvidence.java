package eu.inzage.core.model;

import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import java.time.Instant;
import java.util.Base64;

/**
 * The evidence that a participant signed a mandate (EDPB Guidelines 01/2022 §§80–82: the controller
 * may check the representative's authority). Personal data: {@link #toString()} shows only the
 * kind.
 *
 * @param kind drawn, typed or qualified
 * @param typedName the name as typed (kind {@code TYPED})
 * @param imagePng the drawn signature as base64-encoded PNG (kind {@code DRAWN}), at most 512 KB
 *     (699,052 base64 characters)
 * @param signedAt when the participant signed
 * @param ipAddress the IP address from which the participant signed
 * @param emailVerification the reference of the e-mail verification that preceded signing
 */
public record SignatureEvidence(
    @Required SignatureKind kind,
    @PlainText @MaxLength(200) String typedName,
    @MaxLength(699_052) String imagePng,
    Instant signedAt,
    @PlainText @MaxLength(64) String ipAddress,
    @PlainText @MaxLength(200) String emailVerification) {

  /** The PNG bytes of a drawn signature, or null. */
  public byte[] imageBytes() {
    return imagePng == null ? null : Base64.getDecoder().decode(imagePng);
  }

  @Override
  public String toString() {
    return "SignatureEvidence[kind=" + kind + ", <redacted>]";
  }
}
