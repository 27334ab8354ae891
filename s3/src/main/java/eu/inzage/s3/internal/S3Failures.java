package eu.inzage.s3.internal;

import eu.inzage.core.StorageException;
import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * S3 failures as {@link StorageException}s whose messages hold no personal data. An object key
 * holds the subject's id, and what an S3-compatible server or an HTTP stack writes into its error
 * messages is out of our hands, so the SDK's exception is not kept as the cause: the cause is an
 * {@link S3Failure} that keeps its stack trace and what identifies the failure to an operator — the
 * HTTP status, the S3 error code, the request id and the exception classes — and nothing else.
 */
public final class S3Failures {
  /** The HTTP status of a conditional write whose condition failed: the key is taken. */
  public static final int PRECONDITION_FAILED = 412;

  /** The HTTP status S3 answers when a conditional write raced another write of the same key. */
  public static final int CONFLICT = 409;

  /** The HTTP status of a key that is not there. */
  public static final int NOT_FOUND = 404;

  private S3Failures() {}

  /**
   * Whether {@code e} says the key is not there ({@code NoSuchKey}), as opposed to a bucket that is
   * missing ({@code NoSuchBucket}, also a 404), which must never read as "no blob". The answer to a
   * {@code HeadObject} has no body to tell the two apart; the SDK reports its 404 as {@code
   * NoSuchKey}.
   */
  public static boolean isMissingKey(SdkException e) {
    return e instanceof NoSuchKeyException
        || (e instanceof AwsServiceException service
            && service.statusCode() == NOT_FOUND
            && service.awsErrorDetails() != null
            && "NoSuchKey".equals(service.awsErrorDetails().errorCode()));
  }

  /** Whether {@code e} is the server's answer with {@code status}. */
  public static boolean hasStatus(SdkException e, int status) {
    return e instanceof AwsServiceException service && service.statusCode() == status;
  }

  /**
   * A storage failure while {@code doing} something ("write the manifest of object o-1": an object
   * id and a kind, never a subject or a key).
   */
  public static StorageException storage(String doing, SdkException e) {
    S3Failure cause = new S3Failure(detail(e));
    cause.setStackTrace(e.getStackTrace());
    return new StorageException("S3 could not " + doing + " (" + cause.getMessage() + ")", cause);
  }

  /** What identifies a failure without the words of its message. */
  static String detail(SdkException e) {
    StringBuilder detail = new StringBuilder();
    if (e instanceof AwsServiceException service) {
      detail.append("HTTP ").append(service.statusCode());
      if (service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null) {
        detail.append(' ').append(service.awsErrorDetails().errorCode());
      }
      if (service.requestId() != null) {
        detail.append(", request id ").append(service.requestId());
      }
      return detail.toString();
    }
    detail.append(e.getClass().getSimpleName());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      detail.append(" caused by ").append(cause.getClass().getName());
    }
    return detail.toString();
  }

  /** The cause of an S3 storage failure, stripped of the SDK's message. */
  public static final class S3Failure extends IOException {
    private static final long serialVersionUID = 1L;

    S3Failure(String detail) {
      super(detail);
    }
  }
}
