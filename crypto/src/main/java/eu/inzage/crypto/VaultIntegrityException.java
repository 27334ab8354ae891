package eu.inzage.crypto;

import eu.inzage.core.IntegrityException;

/**
 * A sealed object, its key slot, its manifest or a protected private key failed verification:
 * tampered, truncated, swapped, or opened with the wrong key or passphrase. Nothing of the
 * plaintext is trusted after this (GDPR Art. 32(1)(b), integrity). The message names ids and
 * regions only.
 */
public class VaultIntegrityException extends IntegrityException {
  private static final long serialVersionUID = 1L;

  /** An integrity failure described without personal data. */
  public VaultIntegrityException(String message) {
    super(message);
  }

  /** An integrity failure with its technical cause. */
  public VaultIntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
