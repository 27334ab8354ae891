package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A store that passes every call to another; tests override what they observe or break. */
class ForwardingBlobStore implements BlobStore {
  final BlobStore inner;

  ForwardingBlobStore(BlobStore inner) {
    this.inner = inner;
  }

  @Override
  public BlobWriter create(BlobName name) throws IOException {
    return inner.create(name);
  }

  @Override
  public BlobWriter createIfAbsent(BlobName name) throws IOException {
    return inner.createIfAbsent(name);
  }

  @Override
  public Optional<InputStream> open(BlobName name) throws IOException {
    return inner.open(name);
  }

  @Override
  public OptionalLong size(BlobName name) throws IOException {
    return inner.size(name);
  }

  @Override
  public boolean delete(BlobName name) throws IOException {
    return inner.delete(name);
  }

  @Override
  public List<BlobName> list(String subject) throws IOException {
    return inner.list(subject);
  }

  @Override
  public List<String> subjects() throws IOException {
    return inner.subjects();
  }

  @Override
  public int removeUncommitted(String subject) throws IOException {
    return inner.removeUncommitted(subject);
  }
}
