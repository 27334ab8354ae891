/**
 * Inzage S3: the vault's blob store on S3-compatible object storage (AWS S3, MinIO, Ceph RGW), so
 * that sealed objects can live outside the organisation's own disks while the store still holds
 * only ciphertext, wrapped keys and signed manifests (GDPR Art. 32(1)(a)).
 */
// the module's name is the one of its artifact and package ("s3" ends in a digit on purpose); its
// API takes the SDK's S3Client, Region and credentials, so its readers need those automatic modules
@SuppressWarnings({"module", "requires-transitive-automatic"})
module eu.inzage.s3 {
  requires transitive eu.inzage.crypto;
  requires transitive software.amazon.awssdk.services.s3;
  requires transitive software.amazon.awssdk.regions;
  requires transitive software.amazon.awssdk.auth;
  requires transitive software.amazon.awssdk.identity.spi;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.http.urlconnection;
  requires org.slf4j;

  exports eu.inzage.s3;
}
