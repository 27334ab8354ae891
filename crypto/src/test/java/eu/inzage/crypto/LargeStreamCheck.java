package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Run in a child JVM with a small heap by {@link MemoryTest}: seals a generated stream of the given
 * size into a filesystem store and opens it again, comparing SHA-256 digests. Exit 0 when equal.
 */
final class LargeStreamCheck {
  private LargeStreamCheck() {}

  /** A deterministic pseudo-random stream of {@code size} bytes, generated as it is read. */
  static final class Generated extends InputStream {
    private long left;
    private long state = 0x9E3779B97F4A7C15L;

    Generated(long size) {
      this.left = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : Byte.toUnsignedInt(one[0]);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      for (int i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        b[off + i] = (byte) state;
      }
      left -= n;
      return n;
    }
  }

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    Path store = Path.of(args[0]);
    long size = Long.parseLong(args[1]);
    ParticipantPrivateKey key = ParticipantPrivateKey.generate();
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(store))
            .clock(TestVaults.CLOCK)
            .signingKey(OrganisationSigningKey.generate())
            .build();
    MessageDigest sealedDigest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(new Generated(size), sealedDigest)) {
      SealedObject sealed = vault.seal("p-big", "big.bin", in, SealMetadata.of(key.publicKey()));
      if (sealed.plaintextSize() != size) {
        System.exit(3);
      }
    }
    MessageDigest openedDigest = MessageDigest.getInstance("SHA-256");
    long opened = 0;
    try (InputStream in = vault.open("p-big", "big.bin", key)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        openedDigest.update(buffer, 0, n);
        opened += n;
      }
    }
    boolean same = Arrays.equals(sealedDigest.digest(), openedDigest.digest()) && opened == size;
    System.out.println("opened " + opened + " bytes, digests equal: " + same);
    System.exit(same ? 0 : 4);
  }
}
