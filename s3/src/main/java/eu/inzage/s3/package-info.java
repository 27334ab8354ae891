/**
 * The vault's {@link eu.inzage.crypto.blob.BlobStore} on S3-compatible object storage: {@link
 * eu.inzage.s3.S3BlobStore}. See {@code docs/s3.md}.
 */
package eu.inzage.s3;
