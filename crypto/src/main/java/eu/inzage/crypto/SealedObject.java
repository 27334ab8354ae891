package eu.inzage.crypto;

import java.time.Instant;

/**
 * What the vault knows about one sealed object without decrypting it: ids, sizes, origin and the
 * key it is sealed to. Safe to log (no personal data, no plaintext).
 *
 * @param subject the participant's id
 * @param objectId the object's id
 * @param plaintextSize bytes of plaintext
 * @param ciphertextSize bytes stored
 * @param contentType the media type given when sealing
 * @param controller the controller it came from, or empty
 * @param createdAt when it was sealed
 * @param recipientKeyId the Tink key id of the participant key it was sealed to
 * @param recipientFingerprint the fingerprint of that key
 */
public record SealedObject(
    String subject,
    String objectId,
    long plaintextSize,
    long ciphertextSize,
    String contentType,
    String controller,
    Instant createdAt,
    long recipientKeyId,
    String recipientFingerprint) {}
