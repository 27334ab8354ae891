package eu.inzage.s3;

import java.io.IOException;
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
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
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
  private final Map<String, Boolean> losing = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> lost = new ConcurrentHashMap<>();
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
            .httpClient(
                new Losing(
                    software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()))
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

  /**
   * How many HTTP requests of one operation ({@code "UploadPart"}) the client sent since the reset,
   * the SDK's retries included.
   */
  int requests(String operation) {
    AtomicInteger count = requests.get(operation);
    return count == null ? 0 : count.get();
  }

  /** Starts counting afresh, and loses no response. */
  void resetRequests() {
    requests.clear();
    losing.clear();
    lost.clear();
  }

  /**
   * Loses the server's next answer to {@code operation} on its way back to the client, after the
   * server carried it out, as a reset connection would: the SDK then retries the request.
   */
  void loseNextResponse(String operation) {
    losing.put(operation, true);
  }

  /** How many responses to {@code operation} were lost since the reset. */
  int lostResponses(String operation) {
    AtomicInteger count = lost.get(operation);
    return count == null ? 0 : count.get();
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

  /**
   * An HTTP client that loses the response to the operation named in {@link #losing} once: the
   * request reaches the server and is carried out, then the client reports an I/O error, which the
   * SDK retries like any reset connection.
   */
  private final class Losing implements SdkHttpClient {
    private final SdkHttpClient http;

    Losing(SdkHttpClient http) {
      this.http = http;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      ExecutableHttpRequest executable = http.prepareRequest(request);
      String operation = operation(request.httpRequest());
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() throws IOException {
          HttpExecuteResponse response = executable.call();
          if (operation != null && losing.remove(operation) != null) {
            if (response.responseBody().isPresent()) {
              response.responseBody().get().close();
            }
            lost.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
            throw new IOException("the test lost the server's response");
          }
          return response;
        }

        @Override
        public void abort() {
          executable.abort();
        }
      };
    }

    /** The two operations a test may lose the response of, told apart by method and query. */
    private String operation(SdkHttpRequest request) {
      boolean upload = request.rawQueryParameters().containsKey("uploadId");
      if (request.method() == SdkHttpMethod.PUT && !upload) {
        return "PutObject";
      }
      if (request.method() == SdkHttpMethod.POST && upload) {
        return "CompleteMultipartUpload";
      }
      return null;
    }

    @Override
    public void close() {
      http.close();
    }
  }

  /** Counts the requests the client sends, by operation. */
  private final class Counter implements ExecutionInterceptor {
    /** Once per HTTP request, so that the SDK's retries count too. */
    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      requests.computeIfAbsent(operation(context), k -> new AtomicInteger()).incrementAndGet();
    }

    private String operation(Context.BeforeExecution context) {
      String type = context.request().getClass().getSimpleName();
      return type.endsWith("Request") ? type.substring(0, type.length() - 7) : type;
    }
  }
}
