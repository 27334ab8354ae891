package eu.inzage.crypto;

/**
 * The result of protecting a private key with a passphrase: the protected key (safe to store) and
 * the one-time recovery key (show it to the participant once, store it nowhere).
 *
 * @param protectedKey the private key wrapped under the passphrase and the recovery key
 * @param recoveryKey the second way in, for when the passphrase is lost
 */
public record PassphraseProtection(ProtectedPrivateKey protectedKey, RecoveryKey recoveryKey) {}
