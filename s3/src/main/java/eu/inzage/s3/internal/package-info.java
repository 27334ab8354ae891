/** How {@link eu.inzage.s3.S3BlobStore} talks to S3. Internal: not exported, may change. */
package eu.inzage.s3.internal;
