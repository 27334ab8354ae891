package eu.inzage.crypto;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.validation.Identifiers;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the organisation knows about an object it seals: to whom, what kind of file, and from which
 * controller it came under GDPR Art. 15(3). Recorded in the signed manifest; no personal data.
 *
 * @param recipient the participant's public key
 * @param contentType the media type, e.g. {@code application/zip}
 * @param controller the controller's id (e.g. {@code tiktok}), or empty when unknown
 */
public record SealMetadata(ParticipantPublicKey recipient, String contentType, String controller) {
  /** The media type when nothing more specific is known. */
  public static final String OCTET_STREAM = "application/octet-stream";

  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}");

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming {@code recipient}, {@code contentType} or {@code
   *     controller}
   */
  public SealMetadata {
    if (recipient == null) {
      throw new InvalidInputException(
          "recipient", ViolationCode.REQUIRED, "a public key is needed");
    }
    contentType = checkContentType(contentType);
    controller = Objects.requireNonNullElse(controller, "");
    if (!controller.isEmpty()) {
      Identifiers.require("controller", controller);
    }
  }

  /** The media type, or octet-stream when null; rejects anything that is not type/subtype. */
  static String checkContentType(String contentType) {
    String type = Objects.requireNonNullElse(contentType, OCTET_STREAM);
    if (!MEDIA_TYPE.matcher(type).matches()) {
      throw new InvalidInputException(
          "contentType", ViolationCode.INVALID_VALUE, "must be a media type like type/subtype");
    }
    return type;
  }

  /** Metadata for an octet stream from an unnamed controller. */
  public static SealMetadata of(ParticipantPublicKey recipient) {
    return new SealMetadata(recipient, OCTET_STREAM, "");
  }
}
