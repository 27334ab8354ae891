package eu.inzage.adapters.internal.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class OnePassTest {
  private static final int CHUNK = 64 * 1024;

  /** A source of {@code size} bytes that counts what has been read from it. */
  private static final class CountingSource extends InputStream {
    final AtomicLong read = new AtomicLong();
    private final long size;

    CountingSource(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long left = size - read.get();
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(Math.min(len, CHUNK), left);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (read.get() + i);
      }
      read.addAndGet(n);
      return n;
    }
  }

  private static java.util.concurrent.ThreadFactory recording(AtomicReference<Thread> thread) {
    return task -> {
      Thread t = new Thread(task);
      thread.set(t);
      return t;
    };
  }

  private static long count(InputStream in) {
    try {
      return in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aSlowReader_holdsTheWriterBack_soMemoryStaysBounded() throws Exception {
    CountingSource source = new CountingSource(256L * CHUNK);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<OnePass.Outcome<Long, Long>> outcome = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                outcome.set(
                    OnePass.run(
                        source,
                        Thread::new,
                        copy -> {
                          try {
                            release.await();
                          } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                          }
                          return count(copy);
                        },
                        OnePassTest::count));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.start();
    while (writer.isAlive() && writer.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }

    // the writer waits with at most CAPACITY chunks queued and one in its hands
    assertThat(source.read.get()).isLessThanOrEqualTo((OnePass.CAPACITY + 1L) * CHUNK);
    release.countDown();
    writer.join();
    assertThat(outcome.get().written()).isEqualTo(256L * CHUNK);
    assertThat(outcome.get().read()).isEqualTo(256L * CHUNK);
  }

  @Test
  void theReaderGetsTheSameBytes_inOrder() throws IOException {
    CountingSource source = new CountingSource(10L * CHUNK + 17);

    OnePass.Outcome<byte[], byte[]> outcome =
        OnePass.run(
            source,
            Thread::new,
            copy -> {
              try {
                return copy.readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            InputStream::readAllBytes);

    assertThat(outcome.read()).hasSize(10 * CHUNK + 17).isEqualTo(outcome.written());
  }

  @Test
  void aReaderThatStopsEarly_stillLetsTheWriterFinish() throws IOException {
    CountingSource source = new CountingSource(100L * CHUNK);

    OnePass.Outcome<Long, Integer> outcome =
        OnePass.run(
            source,
            Thread::new,
            copy -> {
              try {
                return copy.read();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            OnePassTest::count);

    assertThat(outcome.written()).isEqualTo(100L * CHUNK);
    assertThat(outcome.read()).isZero();
  }

  @Test
  void aReaderThatFailsAtTheEnd_failsTheWritersLastRead_withTheReadersException() {
    CountingSource source = new CountingSource(5L * CHUNK);
    AtomicReference<String> writerSaw = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                OnePass.run(
                    source,
                    Thread::new,
                    copy -> {
                      count(copy);
                      throw new IllegalArgumentException("refused at the end");
                    },
                    content -> {
                      try {
                        return count(content);
                      } catch (UncheckedIOException e) {
                        writerSaw.set(e.getCause().getMessage());
                        throw e;
                      }
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refused at the end");
    assertThat(writerSaw.get()).isEqualTo("the reader refused the content");
  }

  @Test
  void aWriterThatFails_endsTheReader_andKeepsItsOwnException() {
    CountingSource source = new CountingSource(50L * CHUNK);
    AtomicReference<Thread> reader = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                OnePass.run(
                    source,
                    recording(reader),
                    OnePassTest::count,
                    content -> {
                      content.readNBytes(3 * CHUNK);
                      throw new IllegalStateException("store full");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("store full");
    assertThat(reader.get().isAlive()).isFalse();
  }

  @Test
  void aReaderThatDiesWithAnError_letsNothingCommit_andTheErrorIsThrown() {
    CountingSource source = new CountingSource(20L * CHUNK);
    AtomicReference<Boolean> committed = new AtomicReference<>(false);

    assertThatThrownBy(
            () ->
                OnePass.run(
                    source,
                    Thread::new,
                    copy -> {
                      throw new StackOverflowError("hostile nesting");
                    },
                    content -> {
                      count(content);
                      committed.set(true);
                      return 0L;
                    }))
        .isInstanceOf(StackOverflowError.class);
    assertThat(committed.get()).isFalse();
  }

  @Test
  void aWriterThatStopsEarly_isAnError_notAHang() {
    CountingSource source = new CountingSource(50L * CHUNK);
    AtomicReference<Thread> reader = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                OnePass.run(
                    source,
                    recording(reader),
                    OnePassTest::count,
                    content -> content.readNBytes(2 * CHUNK).length))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the writer did not read the content to its end");
    assertThat(reader.get().isAlive()).isFalse();
  }

  @Test
  void anInterruptedPass_endsItsReaderBeforeItReturns() throws Exception {
    CountingSource source = new CountingSource(1000L * CHUNK);
    CountDownLatch never = new CountDownLatch(1);
    AtomicReference<Thread> reader = new AtomicReference<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                OnePass.run(
                    source,
                    recording(reader),
                    copy -> {
                      try {
                        never.await();
                      } catch (InterruptedException e) {
                        throw new IllegalStateException("reader interrupted", e);
                      }
                      return count(copy);
                    },
                    OnePassTest::count);
              } catch (IOException | RuntimeException e) {
                thrown.set(e);
              }
            });
    caller.start();
    while (caller.isAlive() && caller.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }

    caller.interrupt();
    caller.join();

    // the writer's own failure, caused by the interrupt
    assertThat(thrown.get())
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(java.io.InterruptedIOException.class);
    assertThat(reader.get().isAlive()).isFalse();
  }
}
