package eu.inzage.s3;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.StorageException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import eu.inzage.s3.internal.MultipartBlobWriter;
import eu.inzage.s3.internal.ObjectKeys;
import eu.inzage.s3.internal.S3Failures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The vault's {@link BlobStore} on S3-compatible object storage (AWS S3, MinIO, Ceph RGW): one
 * object per blob, under {@code PREFIX<subject>/<objectId>.<kind>} in one bucket (see {@code
 * docs/s3.md}). Like every store it holds only ciphertext, wrapped keys and signed manifests (GDPR
 * Art. 32(1)(a)).
 *
 * <ul>
 *   <li><b>Writes</b> stream: at most one part (8 MiB by default) of a blob is in memory; a larger
 *       blob is a multipart upload, aborted when it is not committed.
 *   <li><b>Create-if-absent</b> is a conditional write, {@code If-None-Match: *}, on {@code
 *       PutObject} or {@code CompleteMultipartUpload}: the server decides atomically, so of several
 *       writers of one manifest, in any process, exactly one wins (Art. 32(1)(b)). The server must
 *       honour the header: {@link #verifyConditionalWrites()} checks that it does.
 *   <li><b>Reads</b> stream the object's body; {@link #delete} is a {@code HeadObject} then a
 *       {@code DeleteObject}; listings page through {@code ListObjectsV2}.
 *   <li><b>Uncommitted</b> blobs are unfinished multipart uploads (a process killed while writing a
 *       large blob): {@link #subjects()} names their subjects, {@link #removeUncommitted} aborts
 *       them.
 * </ul>
 *
 * <p>Exception messages name the blob's kind and object id, never its subject or key: failures of
 * S3 become {@link eu.inzage.core.StorageException}s whose cause keeps the HTTP status, S3 error
 * code and request id but not the server's words.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
  /** The default size of a part of a multipart upload: 8 MiB. */
  public static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;

  /** S3's smallest part (but the last) of a multipart upload: 5 MiB. */
  public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

  /** The largest part this store sends: 512 MiB, so that a part fits in a Java array at ease. */
  public static final int MAX_PART_SIZE = 512 * 1024 * 1024;

  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern KEY_PREFIX = Pattern.compile("([A-Za-z0-9!_.*'()-]+/)*");

  private final S3Client s3;
  private final boolean ownsClient;
  private final String bucket;
  private final ObjectKeys keys;
  private final int partSize;

  private S3BlobStore(Builder builder, S3Client s3, boolean ownsClient) {
    this.s3 = s3;
    this.ownsClient = ownsClient;
    this.bucket = builder.bucket;
    this.keys = new ObjectKeys(builder.keyPrefix);
    this.partSize = builder.partSize;
  }

  /** A builder: a client (or the endpoint, region and credentials to make one) and a bucket. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bucket this store writes to. */
  public String bucket() {
    return bucket;
  }

  /** The key prefix every blob of this store lives under; empty for the whole bucket. */
  public String keyPrefix() {
    return keys.prefix();
  }

  /** The size of a part of a multipart upload, and the most of a blob a writer holds in memory. */
  public int partSize() {
    return partSize;
  }

  @Override
  public BlobWriter create(BlobName name) {
    return writer(name, false);
  }

  @Override
  public BlobWriter createIfAbsent(BlobName name) {
    return writer(name, true);
  }

  private BlobWriter writer(BlobName name, boolean exclusive) {
    return new MultipartBlobWriter(s3, bucket, keys.key(name), name, exclusive, partSize);
  }

  @Override
  public Optional<InputStream> open(BlobName name) {
    String key = keys.key(name);
    try {
      return Optional.of(s3.getObject(r -> r.bucket(bucket).key(key)));
    } catch (SdkException e) {
      if (S3Failures.isMissingKey(e)) {
        return Optional.empty();
      }
      throw S3Failures.storage("read the " + what(name), e);
    }
  }

  @Override
  public OptionalLong size(BlobName name) {
    String key = keys.key(name);
    try {
      Long length = s3.headObject(r -> r.bucket(bucket).key(key)).contentLength();
      return length == null ? OptionalLong.empty() : OptionalLong.of(length);
    } catch (SdkException e) {
      if (S3Failures.isMissingKey(e)) {
        return OptionalLong.empty();
      }
      throw S3Failures.storage("look up the " + what(name), e);
    }
  }

  /**
   * Deletes the blob. S3's {@code DeleteObject} answers alike whether or not the key existed, so
   * whether it did is asked first by a {@code HeadObject}: two concurrent deletes of one blob may
   * both answer true.
   */
  @Override
  public boolean delete(BlobName name) {
    boolean existed = size(name).isPresent();
    String key = keys.key(name);
    try {
      s3.deleteObject(r -> r.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw S3Failures.storage("delete the " + what(name), e);
    }
    return existed;
  }

  @Override
  public List<BlobName> list(String subject) {
    String prefix = keys.subjectPrefix(subject);
    List<BlobName> names = new ArrayList<>();
    try {
      for (S3Object object :
          s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
        keys.parse(subject, object.key()).ifPresent(names::add);
      }
    } catch (SdkException e) {
      throw S3Failures.storage("list the blobs of a subject", e);
    }
    names.sort(Comparator.comparing(BlobName::objectId).thenComparing(BlobName::kind));
    return List.copyOf(names);
  }

  /** The subjects with committed blobs or unfinished multipart uploads, in order. */
  @Override
  public List<String> subjects() {
    TreeSet<String> subjects = new TreeSet<>();
    try {
      for (CommonPrefix prefix :
          s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(keys.prefix()).delimiter("/"))
              .commonPrefixes()) {
        keys.subjectOf(prefix.prefix()).ifPresent(subjects::add);
      }
      for (MultipartUpload upload : uploads(keys.prefix())) {
        keys.subjectOf(upload.key()).ifPresent(subjects::add);
      }
    } catch (SdkException e) {
      throw S3Failures.storage("list the subjects", e);
    }
    return List.copyOf(subjects);
  }

  /**
   * Aborts the subject's unfinished multipart uploads (left by a process killed while writing a
   * large blob) and returns how many. A blob that fits in one part leaves nothing behind: S3 stores
   * no part of a {@code PutObject} that did not finish.
   */
  @Override
  public int removeUncommitted(String subject) {
    String prefix = keys.subjectPrefix(subject);
    int removed = 0;
    try {
      for (MultipartUpload upload : uploads(prefix)) {
        if (keys.subjectOf(upload.key()).filter(subject::equals).isEmpty()) {
          continue;
        }
        try {
          s3.abortMultipartUpload(
              r -> r.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
          removed++;
        } catch (SdkException e) {
          if (!S3Failures.hasStatus(e, S3Failures.NOT_FOUND)) {
            throw e;
          }
        }
      }
    } catch (SdkException e) {
      throw S3Failures.storage("abort the unfinished uploads of a subject", e);
    }
    return removed;
  }

  private Iterable<MultipartUpload> uploads(String prefix) {
    return s3.listMultipartUploadsPaginator(r -> r.bucket(bucket).prefix(prefix)).uploads();
  }

  /**
   * Checks that the server honours {@code If-None-Match: *}, without which {@link #createIfAbsent}
   * could let two writers of one manifest both win: writes a probe object under the key prefix
   * twice, the second time conditionally, and deletes it.
   *
   * @throws ConfigurationException when the server replaced the probe instead of refusing
   * @throws eu.inzage.core.StorageException when the bucket cannot be written
   */
  public void verifyConditionalWrites() {
    BlobName probe =
        new BlobName("inzage-probe", "conditional-" + UUID.randomUUID(), BlobKind.NOTE);
    try {
      for (int i = 0; i < 2; i++) {
        try (BlobWriter writer = createIfAbsent(probe)) {
          writer.write(i);
          writer.commit();
        }
      }
      throw new ConfigurationException(
          "the S3 server at this endpoint ignores If-None-Match: *, so it cannot keep concurrent"
              + " writers of one object apart; use one that supports conditional writes");
    } catch (AlreadyExistsException expected) {
      // the second write was refused, as it must be
    } catch (IOException e) {
      throw new StorageException("S3 could not write the probe object", e);
    } finally {
      delete(probe);
    }
  }

  private static String what(BlobName name) {
    return name.kind().suffix() + " of object " + name.objectId();
  }

  /** Closes the S3 client if the builder made it; a client passed to the builder stays open. */
  @Override
  public void close() {
    if (ownsClient) {
      s3.close();
    }
  }

  @Override
  public String toString() {
    return "S3BlobStore";
  }

  /**
   * Builds an {@link S3BlobStore}: either {@link #client} — an {@link S3Client} the caller made and
   * keeps (its HTTP client, retries, credentials) — or {@link #region} and {@link #credentials},
   * with {@link #endpoint} for a server other than AWS, from which the store makes a client of its
   * own (the JDK's HTTP client, path-style addressing where an endpoint is given) that {@link
   * S3BlobStore#close()} closes. Nothing is looked up from the environment: no default credentials
   * chain, no default region.
   */
  public static final class Builder {
    private S3Client client;
    private URI endpoint;
    private Region region;
    private IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private Boolean pathStyle;
    private String bucket;
    private String keyPrefix = "";
    private int partSize = DEFAULT_PART_SIZE;

    private Builder() {}

    /** The S3 client to use; the store never closes it. Excludes endpoint, region, credentials. */
    public Builder client(S3Client client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** The server, e.g. {@code http://127.0.0.1:9000} for MinIO; AWS S3 when not given. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * The region, e.g. {@code eu-central-1}; S3-compatible servers mostly take {@code us-east-1}.
     */
    public Builder region(String region) {
      this.region = Region.of(Objects.requireNonNull(region, "region"));
      return this;
    }

    /** Where the credentials come from, e.g. a {@code DefaultCredentialsProvider} by choice. */
    public Builder credentials(IdentityProvider<? extends AwsCredentialsIdentity> credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Fixed credentials: an access key id and its secret. */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      return credentials(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(
                  Objects.requireNonNull(accessKeyId, "accessKeyId"),
                  Objects.requireNonNull(secretAccessKey, "secretAccessKey"))));
    }

    /**
     * Path-style addressing ({@code endpoint/bucket/key}) rather than virtual-hosted ({@code
     * bucket.endpoint/key}); by default path-style where an {@link #endpoint} is given, as MinIO,
     * Ceph and most S3-compatible servers expect without DNS set up for buckets.
     */
    public Builder pathStyle(boolean pathStyle) {
      this.pathStyle = pathStyle;
      return this;
    }

    /** The bucket, which must exist (the store never creates buckets). */
    public Builder bucket(String bucket) {
      this.bucket = Objects.requireNonNull(bucket, "bucket");
      return this;
    }

    /**
     * The key prefix the blobs live under, e.g. {@code inzage/vault/}: empty (the default) or
     * segments of letters, digits and {@code !_.*'()-}, each ending with {@code /}.
     */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
      return this;
    }

    /**
     * The size of a part of a multipart upload, between {@link #MIN_PART_SIZE} and {@link
     * #MAX_PART_SIZE}; {@link #DEFAULT_PART_SIZE} by default. A blob may have at most 10,000 parts,
     * so 8 MiB parts allow blobs up to about 78 GiB.
     */
    public Builder partSize(int bytes) {
      this.partSize = bytes;
      return this;
    }

    /**
     * The store.
     *
     * @throws ConfigurationException when the bucket is missing or malformed, the key prefix or
     *     part size out of bounds, or the client is given together with, or neither with nor
     *     without, the endpoint, region and credentials
     */
    public S3BlobStore build() {
      if (bucket == null) {
        throw new ConfigurationException("bucket is required");
      }
      if (!BUCKET.matcher(bucket).matches()) {
        throw new ConfigurationException(
            "bucket must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots, hyphens");
      }
      if (!KEY_PREFIX.matcher(keyPrefix).matches()) {
        throw new ConfigurationException(
            "keyPrefix must be empty or segments of letters, digits and !_.*'()- each ending with /");
      }
      if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
        throw new ConfigurationException("partSize must be between 5 MiB and 512 MiB");
      }
      if (client != null) {
        if (endpoint != null || region != null || credentials != null || pathStyle != null) {
          throw new ConfigurationException(
              "give either a client or its endpoint, region, credentials and path style, not both");
        }
        return new S3BlobStore(this, client, false);
      }
      if (region == null) {
        throw new ConfigurationException("region is required without a client");
      }
      if (credentials == null) {
        throw new ConfigurationException("credentials are required without a client");
      }
      return new S3BlobStore(this, newClient(), true);
    }

    private S3Client newClient() {
      S3ClientBuilder s3 =
          S3Client.builder()
              .httpClient(UrlConnectionHttpClient.create())
              .region(region)
              .credentialsProvider(credentials)
              .forcePathStyle(pathStyle != null ? pathStyle : endpoint != null)
              // the vault authenticates every segment it reads (AEAD), so transport checksums add
              // nothing but requests that older S3-compatible servers refuse
              .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
              .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
      if (endpoint != null) {
        s3.endpointOverride(endpoint);
      }
      return s3.build();
    }
  }
}
