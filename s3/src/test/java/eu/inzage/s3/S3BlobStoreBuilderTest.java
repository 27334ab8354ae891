package eu.inzage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.ConfigurationException;
import java.net.URI;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The builder's rules, one row each: what it refuses, and the message that says why. */
class S3BlobStoreBuilderTest {
  private static final S3Client CLIENT =
      S3Client.builder()
          .region(Region.US_EAST_1)
          .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
          .credentialsProvider(
              software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
          .build();

  private static S3BlobStore.Builder endpointBuilder() {
    return S3BlobStore.builder()
        .endpoint(URI.create("http://127.0.0.1:9"))
        .region("us-east-1")
        .credentials("id", "secret")
        .bucket("inzage-vault");
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            "no bucket",
            (UnaryOperator<S3BlobStore.Builder>) b -> S3BlobStore.builder().client(CLIENT),
            "bucket is required"),
        Arguments.of(
            "upper-case bucket",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.bucket("Inzage"),
            "bucket must be an S3 bucket name"),
        Arguments.of(
            "bucket too short",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.bucket("ab"),
            "bucket must be an S3 bucket name"),
        Arguments.of(
            "prefix without trailing slash",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.keyPrefix("vault"),
            "keyPrefix must be empty or segments"),
        Arguments.of(
            "prefix starting with a slash",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.keyPrefix("/vault/"),
            "keyPrefix must be empty or segments"),
        Arguments.of(
            "prefix with an empty segment",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.keyPrefix("a//"),
            "keyPrefix must be empty or segments"),
        Arguments.of(
            "part below S3's minimum",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.partSize(S3BlobStore.MIN_PART_SIZE - 1),
            "partSize must be between 5 MiB and 512 MiB"),
        Arguments.of(
            "part above the maximum",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.partSize(S3BlobStore.MAX_PART_SIZE + 1),
            "partSize must be between 5 MiB and 512 MiB"),
        Arguments.of(
            "client and endpoint",
            (UnaryOperator<S3BlobStore.Builder>) b -> b.client(CLIENT),
            "give either a client or its endpoint"),
        Arguments.of(
            "no client, no region",
            (UnaryOperator<S3BlobStore.Builder>)
                b -> S3BlobStore.builder().credentials("id", "secret").bucket("inzage-vault"),
            "region is required without a client"),
        Arguments.of(
            "no client, no credentials",
            (UnaryOperator<S3BlobStore.Builder>)
                b -> S3BlobStore.builder().region("eu-central-1").bucket("inzage-vault"),
            "credentials are required without a client"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void build_invalidSetting_isRefusedWithTheReason(
      String row, UnaryOperator<S3BlobStore.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(endpointBuilder()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "vault/", "inzage/campaign-2026/", "a.b_c!(x)/"})
  void build_validPrefix_isKept(String prefix) {
    S3BlobStore store =
        S3BlobStore.builder().client(CLIENT).bucket("inzage-vault").keyPrefix(prefix).build();
    assertThat(store.keyPrefix()).isEqualTo(prefix);
    assertThat(store.bucket()).isEqualTo("inzage-vault");
    assertThat(store.partSize()).isEqualTo(S3BlobStore.DEFAULT_PART_SIZE);
  }
}
