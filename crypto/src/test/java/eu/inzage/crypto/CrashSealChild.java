package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of {@link CrashSafetyTest}: seals one object into a filesystem vault and, before
 * every write, commit and after every commit of a blob, prints a marker and waits for "go" on
 * stdin, so that the parent can kill it with {@code kill -9} exactly there. Arguments: store
 * directory, organisation signing key file, participant public key file, subject, object id, size,
 * seed.
 */
public final class CrashSealChild {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private static final BufferedReader IN =
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

  private CrashSealChild() {}

  static void pause(String marker) throws IOException {
    OUT.println(marker);
    if (!"go".equals(IN.readLine())) {
      throw new IOException("parent went away");
    }
  }

  /** Seals the object; prints "done" when it is complete. */
  public static void main(String[] args) throws IOException {
    BlobStore store = new PausingStore(BlobStores.fileSystem(Path.of(args[0])));
    Vault vault =
        Vault.builder()
            .store(store)
            .clock(Clock.systemUTC())
            .signingKey(OrganisationSigningKey.readUnprotected(Path.of(args[1])))
            .build();
    ParticipantPublicKey recipient = ParticipantPublicKey.read(Path.of(args[2]));
    try (InputStream content =
        CrashSafetyTest.content(Integer.parseInt(args[5]), Long.parseLong(args[6]))) {
      vault.seal(args[3], args[4], content, SealMetadata.of(recipient));
    }
    OUT.println("done");
  }

  /** Passes everything through, pausing at every write and commit. */
  private static final class PausingStore extends ForwardingBlobStore {
    PausingStore(BlobStore inner) {
      super(inner);
    }

    @Override
    public BlobWriter create(BlobName name) throws IOException {
      return pausing(name, inner.create(name));
    }

    @Override
    public BlobWriter createIfAbsent(BlobName name) throws IOException {
      return pausing(name, inner.createIfAbsent(name));
    }

    private static BlobWriter pausing(BlobName name, BlobWriter writer) {
      String kind = name.kind().suffix();
      return new BlobWriter() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          pause("write " + kind);
          writer.write(b, off, len);
        }

        @Override
        public void commit() throws IOException {
          pause("commit " + kind);
          writer.commit();
          pause("committed " + kind);
        }

        @Override
        public void close() throws IOException {
          writer.close();
        }
      };
    }
  }
}
