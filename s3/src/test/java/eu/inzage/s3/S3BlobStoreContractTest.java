package eu.inzage.s3;

import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.contract.BlobStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The S3 store against the blob store contract, on a real S3-compatible server on loopback. */
class S3BlobStoreContractTest extends BlobStoreContract {
  @RegisterExtension static final LocalS3 S3 = new LocalS3();

  @Override
  protected BlobStore newStore() {
    return S3.newStore();
  }
}
