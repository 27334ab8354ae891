package eu.inzage.adapters.internal.replies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Reads one stream twice in a single pass: a <em>writer</em> (the vault's seal, on the calling
 * thread) pulls the source through a tee, and a <em>reader</em> (a reply reader, on a thread of its
 * own) pulls a copy of every chunk. The source is read once; the two run in parallel on two cores.
 *
 * <p>The writer sees the end of the stream only after the reader has finished and succeeded: when
 * the reader refuses the content, the writer's read fails with an {@link IOException} instead, so
 * that it commits nothing (the vault leaves nothing behind on a failing read). When the writer
 * fails, the reader's stream fails too and its thread ends before {@link #run} returns. At most
 * {@value #CAPACITY} chunks wait between the two, so memory does not grow with the stream.
 *
 * @param <T> what the reader makes of the stream
 */
public final class OnePass<T> {
  static final int CAPACITY = 16;

  /** The size of the chunks {@link Tee#transferTo} reads: few hand-overs, little memory. */
  static final int CHUNK = 256 * 1024;

  private static final byte[] END = new byte[0];

  private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
  private final Function<InputStream, T> reader;
  private boolean writerFailed;
  private boolean readerDone;
  private boolean refusedByReader;
  private T result;
  private Throwable readerFailure;

  private OnePass(Function<InputStream, T> reader) {
    this.reader = reader;
  }

  /** What the writer returns, and what the reader made of the same bytes. */
  public record Outcome<W, T>(W written, T read) {}

  /** The writer's side: consumes the tee'd stream. */
  @FunctionalInterface
  public interface Writer<W> {
    /** Reads the content to its end and returns what was written. */
    W write(InputStream content) throws IOException;
  }

  /**
   * Runs the pass.
   *
   * @throws RuntimeException the reader's own exception when it fails (the writer having failed
   *     because of it); otherwise the writer's
   * @throws IOException when the writer fails reading the source
   */
  public static <W, T> Outcome<W, T> run(
      InputStream source, ThreadFactory threads, Function<InputStream, T> reader, Writer<W> writer)
      throws IOException {
    Objects.requireNonNull(source, "source");
    OnePass<T> pass = new OnePass<>(reader);
    Thread thread = threads.newThread(pass::readSide);
    thread.start();
    W written;
    try {
      OnePass<T>.Tee tee = pass.new Tee(source);
      written = writer.write(tee);
      if (!tee.ended) {
        throw new IllegalStateException("the writer did not read the content to its end");
      }
    } catch (IOException | RuntimeException | Error e) {
      pass.writerFailed();
      join(thread);
      if (pass.refusedByReader()) {
        throw rethrow(pass.readerFailure);
      }
      throw e;
    }
    join(thread);
    if (pass.readerFailure != null) {
      throw rethrow(pass.readerFailure);
    }
    return new Outcome<>(written, pass.result);
  }

  /** The reader's failure as it was thrown: an unchecked exception or an error. */
  private static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof RuntimeException unchecked) {
      return unchecked;
    }
    return new IllegalStateException("the reader failed", failure);
  }

  /**
   * Waits until the reading thread has ended, however often this thread is interrupted: an
   * interrupt is passed on to the reader (which then fails) and restored afterwards.
   */
  private static void join(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        thread.interrupt();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void readSide() {
    Copy copy = new Copy();
    try {
      T value = reader.apply(copy);
      copy.transferTo(OutputStream.nullOutputStream());
      synchronized (this) {
        result = value;
      }
    } catch (IOException e) {
      synchronized (this) {
        readerFailure = new java.io.UncheckedIOException(e);
      }
    } catch (RuntimeException | Error e) {
      // an Error too: a reader that died must never let the writer commit
      synchronized (this) {
        readerFailure = e;
      }
    } finally {
      synchronized (this) {
        readerDone = true;
        chunks.clear();
        notifyAll();
      }
    }
  }

  private synchronized boolean refusedByReader() {
    return refusedByReader;
  }

  private synchronized void writerFailed() {
    writerFailed = true;
    chunks.clear();
    notifyAll();
  }

  /** Hands a chunk to the reader; waits while the queue is full. */
  private synchronized void offer(byte[] chunk) throws IOException {
    awaitWhile(() -> !readerDone && chunks.size() >= CAPACITY);
    if (readerDone) {
      // the reader finished early (it failed, or read all it needed): only a failure matters
      if (readerFailure != null) {
        throw refused();
      }
      return;
    }
    chunks.addLast(chunk);
    notifyAll();
  }

  /** Waits for the reader's verdict at the end of the source. */
  private synchronized void finish() throws IOException {
    offer(END);
    awaitWhile(() -> !readerDone);
    if (readerFailure != null) {
      throw refused();
    }
  }

  private IOException refused() {
    refusedByReader = true;
    return new IOException("the reader refused the content", readerFailure);
  }

  /** The next chunk for the reader, or {@link #END}. */
  private synchronized byte[] take() throws IOException {
    awaitWhile(() -> chunks.isEmpty() && !writerFailed);
    if (writerFailed) {
      throw new IOException("the content could not be written");
    }
    byte[] chunk = chunks.removeFirst();
    notifyAll();
    return chunk;
  }

  /** Waits, holding this object's lock, while the condition holds. */
  private void awaitWhile(java.util.function.BooleanSupplier condition)
      throws InterruptedIOException {
    try {
      while (condition.getAsBoolean()) {
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the reply was read");
    }
  }

  /** The writer's view of the source: every chunk read is copied to the reader. */
  private final class Tee extends InputStream {
    private final InputStream source;
    boolean ended;

    Tee(InputStream source) {
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (ended) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int n = source.read(b, off, len);
      if (n < 0) {
        finish();
        ended = true;
        return -1;
      }
      if (n > 0) {
        offer(Arrays.copyOfRange(b, off, off + n));
      }
      return n;
    }

    /**
     * Pulls the source in chunks of {@value OnePass#CHUNK} bytes, each handed to the reader as it
     * is (the writer's own pull, {@code transferTo}, would otherwise go in 8 KiB steps).
     */
    @Override
    public long transferTo(OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      long total = 0;
      while (!ended) {
        byte[] chunk = new byte[CHUNK];
        int n = source.read(chunk, 0, CHUNK);
        if (n < 0) {
          finish();
          ended = true;
        } else if (n > 0) {
          out.write(chunk, 0, n);
          offer(n == CHUNK ? chunk : Arrays.copyOf(chunk, n));
          total += n;
        }
      }
      return total;
    }
  }

  /** The reader's stream: the chunks the writer read, in order. */
  private final class Copy extends InputStream {
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    @Override
    public int read() throws IOException {
      if (!fill()) {
        return -1;
      }
      return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, current.length - position);
      System.arraycopy(current, position, b, off, n);
      position += n;
      return n;
    }

    private boolean fill() throws IOException {
      while (!ended && position == current.length) {
        byte[] next = take();
        if (next == END) {
          ended = true;
        } else {
          current = next;
          position = 0;
        }
      }
      return !ended;
    }
  }
}
