package eu.inzage.crypto.blob;

/** The in-memory store against the blob store contract. */
class InMemoryBlobStoreTest extends BlobStoreContract {
  @Override
  protected BlobStore newStore() {
    return BlobStores.inMemory();
  }
}
