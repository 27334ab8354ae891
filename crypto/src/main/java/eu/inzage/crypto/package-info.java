/**
 * The vault: participant key pairs, sealing a controller's export (GDPR Art. 15(3)) to the
 * participant so that only they can open it, and listing what is sealed. Start at {@link
 * eu.inzage.crypto.Vault}; the on-disk format is specified in {@code crypto/FORMAT.md}.
 */
package eu.inzage.crypto;
