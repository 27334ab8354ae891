package eu.inzage.letters;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Hand-made PNG files for the image limits: any size and bit depth, streamed, never held whole. */
final class Pngs {
  private Pngs() {}

  /**
   * A PNG of the given size, bit depth and colour type whose rows are white with one dark diagonal
   * stroke, compressed as it is generated (a 4000×4000 16-bit image is about 130 KB).
   */
  static byte[] png(int width, int height, int depth, int colourType) throws IOException {
    int channels =
        switch (colourType) {
          case 0, 3 -> 1;
          case 4 -> 2;
          case 2 -> 3;
          default -> 4;
        };
    int rowBytes = (width * channels * depth + 7) / 8;
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (DeflaterOutputStream z =
        new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      byte[] row = new byte[1 + rowBytes];
      for (int y = 0; y < height; y++) {
        java.util.Arrays.fill(row, 1, row.length, (byte) 0xFF);
        int x = (int) ((long) y * width / height);
        int at = 1 + x * channels * depth / 8;
        for (int i = at; i < Math.min(row.length, at + Math.max(1, channels * depth / 8)); i++) {
          row[i] = 0;
        }
        z.write(row);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(ihdr);
    h.writeInt(width);
    h.writeInt(height);
    h.writeByte(depth);
    h.writeByte(colourType);
    h.writeByte(0);
    h.writeByte(0);
    h.writeByte(0);
    chunk(out, "IHDR", ihdr.toByteArray());
    if (colourType == 3) {
      chunk(out, "PLTE", new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
    }
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** Only the signature and header of a PNG claiming the given size, followed by junk. */
  static byte[] header(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(ihdr);
    h.writeInt(width);
    h.writeInt(height);
    h.write(new byte[] {8, 2, 0, 0, 0});
    chunk(out, "IHDR", ihdr.toByteArray());
    out.write(new byte[1024]);
    return out.toByteArray();
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    d.write(name);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}
