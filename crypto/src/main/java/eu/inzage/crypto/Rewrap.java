package eu.inzage.crypto;

/**
 * The outcome of re-wrapping a participant's key slots to their new primary key after a key
 * rotation (GDPR Art. 32(1)(a)); blobs and signed manifests are untouched. Safe to log.
 *
 * @param subject the participant's id
 * @param rewrapped key slots re-wrapped to the new primary key
 * @param current key slots that were already wrapped to it alone
 */
public record Rewrap(String subject, int rewrapped, int current) {}
