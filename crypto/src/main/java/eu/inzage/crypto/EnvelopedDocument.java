package eu.inzage.crypto;

import java.time.Instant;

/**
 * What the organisation envelope knows about one document without decrypting it. Safe to log (ids,
 * sizes, times; no content).
 *
 * @param subject the participant's id
 * @param documentId the document's id
 * @param kind what the document is
 * @param contentType its media type
 * @param plaintextSize bytes of plaintext
 * @param ciphertextSize bytes stored
 * @param createdAt when it was sealed
 * @param deleteAfter when the retention period ends (GDPR Art. 5(1)(e))
 */
public record EnvelopedDocument(
    String subject,
    String documentId,
    DocumentKind kind,
    String contentType,
    long plaintextSize,
    long ciphertextSize,
    Instant createdAt,
    Instant deleteAfter) {}
