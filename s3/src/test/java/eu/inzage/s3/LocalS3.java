package eu.inzage.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.blobstore.Constants;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/**
 * A real S3-compatible server for the tests of a class: S3Proxy in this JVM on 127.0.0.1 (an
 * ephemeral port), keeping objects in files under a temporary folder (its {@code filesystem-nio2}
 * store, which evaluates {@code If-None-Match: *} atomically as it publishes an object, by a hard
 * link), checking AWS signatures (V4) with a test key. One bucket; each store of a test gets its
 * own key prefix.
 */
final class LocalS3 implements BeforeAllCallback, AfterAllCallback {
  static final String BUCKET = "inzage-test";
  static final String ACCESS_KEY = "inzage-access";
  static final String SECRET_KEY = "inzage-secret";
  static final String REGION = "us-east-1";

  private final AtomicInteger prefixes = new AtomicInteger();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private Path folder;
  private S3Proxy proxy;
  private URI endpoint;
  private S3Client client;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    folder = Files.createTempDirectory("inzage-s3proxy");
    Properties properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", folder.toString());
    properties.setProperty(Constants.PROPERTY_IDENTITY, ACCESS_KEY);
    properties.setProperty(Constants.PROPERTY_CREDENTIAL, SECRET_KEY);
    proxy =
        S3Proxy.builder()
            .blobStore(org.gaul.s3proxy.BlobStores.create("filesystem-nio2", properties))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .build();
    proxy.start(); // returns once Jetty listens
    endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    client =
        S3Client.builder()
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
            .endpointOverride(endpoint)
            .region(software.amazon.awssdk.regions.Region.of(REGION))
            .credentialsProvider(
                software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                        ACCESS_KEY, SECRET_KEY)))
            .forcePathStyle(true)
            .overrideConfiguration(o -> o.addExecutionInterceptor(new Counter()))
            .build();
    client.createBucket(r -> r.bucket(BUCKET));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    client.close();
    proxy.stop();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The server's address. */
  URI endpoint() {
    return endpoint;
  }

  /** A client of the server whose requests are counted ({@link #requests}). */
  S3Client client() {
    return client;
  }

  /** A fresh key prefix, so that each store sees an empty bucket. */
  String newPrefix() {
    return "t" + prefixes.incrementAndGet() + "/";
  }

  /** A store on the counted client under a fresh prefix, with parts as small as S3 allows. */
  S3BlobStore newStore() {
    return S3BlobStore.builder()
        .client(client)
        .bucket(BUCKET)
        .keyPrefix(newPrefix())
        .partSize(S3BlobStore.MIN_PART_SIZE)
        .build();
  }

  /** How many requests of one operation ({@code "UploadPart"}) the client sent since the reset. */
  int requests(String operation) {
    AtomicInteger count = requests.get(operation);
    return count == null ? 0 : count.get();
  }

  /** Starts counting afresh. */
  void resetRequests() {
    requests.clear();
  }

  /** The multipart uploads not completed nor aborted under a key prefix. */
  List<MultipartUpload> pendingUploads(String prefix) {
    return client.listMultipartUploads(r -> r.bucket(BUCKET).prefix(prefix)).uploads();
  }

  /** The keys of the objects under a key prefix. */
  List<String> keys(String prefix) {
    return client.listObjectsV2(r -> r.bucket(BUCKET).prefix(prefix)).contents().stream()
        .map(software.amazon.awssdk.services.s3.model.S3Object::key)
        .toList();
  }

  /** Counts the requests the client sends, by operation. */
  private final class Counter implements ExecutionInterceptor {
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      String type = context.request().getClass().getSimpleName();
      String operation = type.endsWith("Request") ? type.substring(0, type.length() - 7) : type;
      requests.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    }
  }
}
