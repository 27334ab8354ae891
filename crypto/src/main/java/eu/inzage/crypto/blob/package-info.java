/**
 * The blob store SPI the vault writes to: named, atomically committed byte streams, with a
 * filesystem and an in-memory implementation ({@link eu.inzage.crypto.blob.BlobStores}).
 */
package eu.inzage.crypto.blob;
