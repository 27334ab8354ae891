package eu.inzage.crypto.blob;

import eu.inzage.crypto.blob.contract.BlobStoreContract;

/** The in-memory store against the blob store contract. */
class InMemoryBlobStoreTest extends BlobStoreContract {
  @Override
  protected BlobStore newStore() {
    return BlobStores.inMemory();
  }
}
