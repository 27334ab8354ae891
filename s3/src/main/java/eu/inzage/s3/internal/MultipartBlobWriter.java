package eu.inzage.s3.internal;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.StorageException;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * A blob written to S3 without ever holding more than one part in memory. Bytes gather in a buffer
 * of at most one part; a blob that fits in one part is sent by one {@code PutObject} at commit, a
 * larger one becomes a multipart upload whose parts are sent as the buffer fills and which is
 * completed at commit. Nothing is visible under the key before the commit, because S3 shows neither
 * an unfinished {@code PutObject} nor an uncompleted multipart upload.
 *
 * <p>For a writer that may only create, the commit carries {@code If-None-Match: *}: on {@code
 * PutObject}, or on {@code CompleteMultipartUpload}, which S3 evaluates atomically when it makes
 * the object visible. The server's 412 means the key is taken: the upload is aborted and the commit
 * throws {@link AlreadyExistsException}. A 409 (a conditional write raced another) of a single
 * {@code PutObject} is retried, the body being in memory; the retry then wins or finds the key
 * taken.
 *
 * <p>A 412 may also answer the SDK's own retry of a write that did succeed, its response lost on
 * the way back (a reset connection, a 500 after the write); the completion's retry may likewise
 * find its upload gone (404 {@code NoSuchUpload}). So every writer tags its object with a random
 * token of its own (user metadata {@value #WRITER}) and, before reporting the key taken or the
 * upload gone, asks whether the object under the key carries that token: if it does, this writer
 * won.
 *
 * <p>A multipart upload that is not completed — closed without commit, a failed part, a lost
 * condition — is aborted, so that no parts are left behind to be billed or found; one left by a
 * killed process is what {@link eu.inzage.crypto.blob.BlobStore#removeUncommitted} aborts.
 */
public final class MultipartBlobWriter extends BlobWriter {
  /** S3's limit on the number of parts of one upload. */
  static final int MAX_PARTS = 10_000;

  private static final int INITIAL_BUFFER = 64 * 1024;
  private static final int CONFLICT_ATTEMPTS = 5;

  /** The user metadata (x-amz-meta-…) that tags an exclusive writer's object with its token. */
  static final String WRITER = "inzage-writer";

  private final S3Client s3;
  private final String bucket;
  private final String key;
  private final BlobName name;
  private final boolean exclusive;
  private final Map<String, String> tag;
  private final int partSize;
  private final List<CompletedPart> parts = new ArrayList<>();
  private byte[] buffer = new byte[0];
  private int count;
  private String uploadId;
  private boolean closed;
  private boolean committed;

  /**
   * A writer of {@code key} in {@code bucket}; {@code name} only words messages. With {@code
   * exclusive} the commit succeeds only while the key is free.
   */
  public MultipartBlobWriter(
      S3Client s3, String bucket, String key, BlobName name, boolean exclusive, int partSize) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = key;
    this.name = name;
    this.exclusive = exclusive;
    this.tag = Map.of(WRITER, UUID.randomUUID().toString());
    this.partSize = partSize;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ensureOpen();
    Objects.checkFromIndexSize(off, len, b.length);
    while (len > 0) {
      int n = Math.min(len, partSize - count);
      reserve(count + n);
      System.arraycopy(b, off, buffer, count, n);
      count += n;
      off += n;
      len -= n;
      if (count == partSize) {
        sendPart();
      }
    }
  }

  /** Grows the buffer to hold {@code size} bytes, doubling up to one part. */
  private void reserve(int size) {
    if (size > buffer.length) {
      int grown = Math.max(size, Math.max(INITIAL_BUFFER, buffer.length * 2));
      buffer = Arrays.copyOf(buffer, Math.min(grown, partSize));
    }
  }

  /** Sends the buffer as the next part, starting the multipart upload with the first. */
  private void sendPart() {
    if (parts.size() == MAX_PARTS) {
      ConfigurationException failure =
          new ConfigurationException(
              "S3 could not write the "
                  + what()
                  + ": it needs more than "
                  + MAX_PARTS
                  + " parts; configure a larger part size");
      fail(failure);
      throw failure;
    }
    try {
      if (uploadId == null) {
        uploadId =
            s3.createMultipartUpload(r -> r.bucket(bucket).key(key).metadata(tag)).uploadId();
      }
      int number = parts.size() + 1;
      byte[] bytes = buffer;
      int length = count;
      String eTag =
          s3.uploadPart(
                  r ->
                      r.bucket(bucket)
                          .key(key)
                          .uploadId(uploadId)
                          .partNumber(number)
                          .contentLength((long) length),
                  RequestBody.fromContentProvider(
                      () -> new ByteArrayInputStream(bytes, 0, length),
                      length,
                      "application/octet-stream"))
              .eTag();
      parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
      count = 0;
    } catch (SdkException e) {
      StorageException failure = S3Failures.storage("write the " + what(), e);
      fail(failure);
      throw failure;
    }
  }

  @Override
  public void commit() throws IOException {
    ensureOpen();
    closed = true;
    try {
      if (uploadId == null) {
        put();
      } else {
        if (count > 0) {
          sendPart();
        }
        complete();
      }
      committed = true;
    } finally {
      buffer = null;
    }
  }

  private void put() {
    byte[] bytes = buffer;
    int length = count;
    PutObjectRequest request =
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .contentLength((long) length)
            .ifNoneMatch(exclusive ? "*" : null)
            .metadata(tag)
            .build();
    for (int attempt = 1; ; attempt++) {
      try {
        s3.putObject(
            request,
            RequestBody.fromContentProvider(
                () -> new ByteArrayInputStream(bytes, 0, length),
                length,
                "application/octet-stream"));
        return;
      } catch (SdkException e) {
        if (exclusive && S3Failures.hasStatus(e, S3Failures.PRECONDITION_FAILED)) {
          if (isOurs()) {
            return;
          }
          throw taken();
        }
        if (!exclusive
            || !S3Failures.hasStatus(e, S3Failures.CONFLICT)
            || attempt == CONFLICT_ATTEMPTS) {
          throw S3Failures.storage("write the " + what(), e);
        }
      }
    }
  }

  private void complete() {
    try {
      s3.completeMultipartUpload(
          r ->
              r.bucket(bucket)
                  .key(key)
                  .uploadId(uploadId)
                  .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build())
                  .ifNoneMatch(exclusive ? "*" : null));
    } catch (SdkException e) {
      boolean refused = exclusive && S3Failures.hasStatus(e, S3Failures.PRECONDITION_FAILED);
      RuntimeException failure;
      try {
        if ((refused || S3Failures.hasStatus(e, S3Failures.NOT_FOUND)) && isOurs()) {
          uploadId = null; // completed by the lost attempt: nothing left to abort
          return;
        }
        failure = refused ? taken() : S3Failures.storage("write the " + what(), e);
      } catch (StorageException lookup) {
        failure = lookup;
      }
      fail(failure);
      throw failure;
    }
  }

  /** Whether the object now under the key is this writer's (its token is on it). */
  private boolean isOurs() {
    try {
      return tag.get(WRITER)
          .equals(s3.headObject(r -> r.bucket(bucket).key(key)).metadata().get(WRITER));
    } catch (SdkException e) {
      if (S3Failures.isMissingKey(e)) {
        return false;
      }
      throw S3Failures.storage("look up the " + what(), e);
    }
  }

  private AlreadyExistsException taken() {
    return new AlreadyExistsException(
        "the " + name.kind().suffix() + " of object", name.objectId());
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      buffer = null;
    }
    if (!committed && uploadId != null) {
      abort();
    }
  }

  /** Stops the writer after a failure and aborts its upload, the abort's failure suppressed. */
  private void fail(RuntimeException failure) {
    closed = true;
    buffer = null;
    try {
      fail();
    } catch (StorageException e) {
      failure.addSuppressed(e);
    }
  }

  private void fail() {
    closed = true;
    buffer = null;
    if (uploadId != null) {
      abort();
    }
  }

  /** Aborts the multipart upload, so that none of its parts are left. */
  private void abort() {
    String id = uploadId;
    uploadId = null;
    try {
      s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(id));
    } catch (SdkException e) {
      if (!S3Failures.hasStatus(e, S3Failures.NOT_FOUND)) {
        throw S3Failures.storage("abort the unfinished upload of the " + what(), e);
      }
    }
  }

  private String what() {
    return name.kind().suffix() + " of object " + name.objectId();
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("blob writer is closed");
    }
  }
}
