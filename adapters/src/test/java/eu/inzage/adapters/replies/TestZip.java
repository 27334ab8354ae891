package eu.inzage.adapters.replies;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives byte by byte, so that tests can make what {@code ZipOutputStream} refuses:
 * hostile names, symbolic links (Unix mode in the central directory), sizes that lie, bombs.
 */
final class TestZip {
  private static final int UNIX = 3 << 8 | 20;

  private record Entry(
      String name, byte[] data, int method, long crc, long size, int madeBy, long external) {}

  private final List<Entry> entries = new ArrayList<>();

  /** A deflated file. */
  TestZip file(String name, byte[] content) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(content);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    entries.add(new Entry(name, out.toByteArray(), 8, crc(content), content.length, 20, 0));
    return this;
  }

  /** A file as text. */
  TestZip file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** A directory entry. */
  TestZip directory(String name) {
    entries.add(new Entry(name, new byte[0], 0, 0, 0, 20, 0x10));
    return this;
  }

  /** A symbolic link to the target (Unix mode 0120777 in the external attributes). */
  TestZip symlink(String name, String target) {
    byte[] data = target.getBytes(StandardCharsets.UTF_8);
    entries.add(new Entry(name, data, 0, crc(data), data.length, UNIX, 0120777L << 16));
    return this;
  }

  /** An entry of already deflated data with the CRC and size its header claims. */
  TestZip deflated(String name, byte[] deflated, long crc, long size) {
    entries.add(new Entry(name, deflated, 8, crc, size, 20, 0));
    return this;
  }

  /**
   * A deflate stream of {@code mebibytes} MiB of zeros: one 1 MiB block flushed alone (it needs no
   * earlier history), repeated, then an empty final block; with its CRC. 1 GiB is about 1 MB.
   */
  static TestZip bomb(String name, int mebibytes) {
    byte[] zeros = new byte[1 << 20];
    Deflater deflater = new Deflater(9, true);
    deflater.setInput(zeros);
    byte[] buffer = new byte[1 << 16];
    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
    deflater.end();
    ByteArrayOutputStream out = new ByteArrayOutputStream(n * mebibytes + 2);
    CRC32 crc = new CRC32();
    for (int i = 0; i < mebibytes; i++) {
      out.write(buffer, 0, n);
      crc.update(zeros);
    }
    out.write(0x03);
    out.write(0x00);
    return new TestZip().deflated(name, out.toByteArray(), crc.getValue(), (long) mebibytes << 20);
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    for (Entry e : entries) {
      offsets.add((long) out.size());
      byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
      int32(out, 0x04034b50);
      header(out, e, name);
      int16(out, 0);
      out.write(name, 0, name.length);
      out.write(e.data, 0, e.data.length);
    }
    long start = out.size();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
      int32(out, 0x02014b50);
      int16(out, e.madeBy);
      header(out, e, name);
      int16(out, 0);
      int16(out, 0);
      int16(out, 0);
      int16(out, 0);
      int32(out, e.external);
      int32(out, offsets.get(i));
      out.write(name, 0, name.length);
    }
    long size = out.size() - start;
    int32(out, 0x06054b50);
    int16(out, 0);
    int16(out, 0);
    int16(out, entries.size());
    int16(out, entries.size());
    int32(out, size);
    int32(out, start);
    int16(out, 0);
    return out.toByteArray();
  }

  /** The fields the local header and the central directory share: version to name length. */
  private static void header(ByteArrayOutputStream out, Entry e, byte[] name) {
    int16(out, 20);
    int16(out, 0x0800);
    int16(out, e.method);
    int16(out, 0);
    int16(out, 0x21);
    int32(out, e.crc);
    int32(out, e.data.length);
    int32(out, e.size);
    int16(out, name.length);
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private static void int16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write((v >>> 8) & 0xff);
  }

  private static void int32(ByteArrayOutputStream out, long v) {
    int16(out, (int) (v & 0xffff));
    int16(out, (int) ((v >>> 16) & 0xffff));
  }
}
