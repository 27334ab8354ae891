package eu.inzage.letters.internal.document;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A drawn signature as the page shows it: decoded from an untrusted PNG whose header is checked
 * before any pixel is decoded (the PNG signature bytes, at most {@value #MAX_SIDE} pixels a side,
 * at most {@value #MAX_PNG_BYTES} bytes), read with source subsampling so that no more than about
 * twice the page's resolution is ever held, scaled to fit the signature area at 300 dpi (at most
 * {@value #MAX_WIDTH} × {@value #MAX_HEIGHT} pixels) on white, and kept only as Flate-compressed
 * RGB samples, the form a PDF image stream takes. Immutable.
 */
public final class SignatureImage {
  /** The largest PNG accepted, in bytes (a drawn signature is a few kilobytes). */
  public static final int MAX_PNG_BYTES = 512 * 1024;

  /** The most pixels a side of the PNG may have; larger images are refused before decoding. */
  public static final int MAX_SIDE = 4000;

  /** The widest image the page needs: 55 mm at 300 dpi. */
  public static final int MAX_WIDTH = 650;

  /** The tallest image the page needs: 16 mm at 300 dpi. */
  public static final int MAX_HEIGHT = 190;

  /** The longest base64 text of an accepted PNG. */
  public static final int MAX_BASE64_CHARS = (MAX_PNG_BYTES + 2) / 3 * 4;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int HEADER_BYTES = 33;

  private final int width;
  private final int height;
  private final byte[] flateRgb;

  private SignatureImage(int width, int height, byte[] flateRgb) {
    this.width = width;
    this.height = height;
    this.flateRgb = flateRgb;
  }

  /** The width in pixels. */
  public int width() {
    return width;
  }

  /** The height in pixels. */
  public int height() {
    return height;
  }

  /** The RGB samples, 8 bits each, row by row, Flate-encoded (zlib); a copy. */
  public byte[] flateRgb() {
    return flateRgb.clone();
  }

  /**
   * What is wrong with a base64-encoded PNG, judged from its length, its alphabet and its header
   * alone (no pixel is decoded), or null when it may be decoded. Linear in the length of the text.
   */
  public static Problem problem(String base64) {
    if (base64.length() > MAX_BASE64_CHARS) {
      return new Problem(
          ViolationCode.TOO_LONG, "the PNG must be at most " + MAX_PNG_BYTES / 1024 + " KB");
    }
    if (!isBase64(base64)) {
      return new Problem(ViolationCode.INVALID_VALUE, "not valid base64");
    }
    int prefix = Math.min(base64.length(), (HEADER_BYTES + 2) / 3 * 4);
    return headerProblem(Base64.getDecoder().decode(base64.substring(0, prefix)));
  }

  /**
   * Decodes a drawn signature for the page.
   *
   * @param png the PNG bytes
   * @param field the field path to name in a violation
   * @throws InvalidInputException when the bytes are not a PNG within the limits, or do not decode
   */
  public static SignatureImage decode(byte[] png, String field) {
    if (png.length > MAX_PNG_BYTES) {
      throw new InvalidInputException(
          field, ViolationCode.TOO_LONG, "the PNG must be at most " + MAX_PNG_BYTES / 1024 + " KB");
    }
    Problem problem = headerProblem(png);
    if (problem != null) {
      throw new InvalidInputException(field, problem.code(), problem.message());
    }
    int sourceWidth = readInt(png, 16);
    int sourceHeight = readInt(png, 20);
    double scale =
        Math.min(
            1.0, Math.min((double) MAX_WIDTH / sourceWidth, (double) MAX_HEIGHT / sourceHeight));
    int targetWidth = Math.max(1, (int) Math.round(sourceWidth * scale));
    int targetHeight = Math.max(1, (int) Math.round(sourceHeight * scale));
    int step =
        Math.max(1, Math.min(sourceWidth / (2 * targetWidth), sourceHeight / (2 * targetHeight)));
    BufferedImage source = read(png, step, field);
    BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, targetWidth, targetHeight);
      g.drawImage(source, 0, 0, targetWidth, targetHeight, null);
    } finally {
      g.dispose();
    }
    byte[] rgb = new byte[targetWidth * targetHeight * 3];
    int[] row = new int[targetWidth];
    int at = 0;
    for (int y = 0; y < targetHeight; y++) {
      target.getRGB(0, y, targetWidth, 1, row, 0, targetWidth);
      for (int pixel : row) {
        rgb[at++] = (byte) (pixel >> 16);
        rgb[at++] = (byte) (pixel >> 8);
        rgb[at++] = (byte) pixel;
      }
    }
    return new SignatureImage(targetWidth, targetHeight, deflate(rgb));
  }

  private static BufferedImage read(byte[] png, int step, String field) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
    if (!readers.hasNext()) {
      throw new IllegalStateException("no PNG reader");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
      reader.setInput(in, true, true);
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      return reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      // a corrupt image stream: the data is at fault, and its content is not repeated
      throw new InvalidInputException(field, ViolationCode.INVALID_VALUE, "not a usable PNG image");
    } finally {
      reader.dispose();
    }
  }

  /** The PNG signature and the IHDR chunk (RFC 2083 / ISO 15948, section 11.2.2). */
  private static Problem headerProblem(byte[] bytes) {
    if (bytes.length < HEADER_BYTES) {
      return new Problem(ViolationCode.INVALID_VALUE, "not a PNG image");
    }
    for (int i = 0; i < PNG_SIGNATURE.length; i++) {
      if (bytes[i] != PNG_SIGNATURE[i]) {
        return new Problem(ViolationCode.INVALID_VALUE, "not a PNG image");
      }
    }
    if (readInt(bytes, 8) != 13
        || bytes[12] != 'I'
        || bytes[13] != 'H'
        || bytes[14] != 'D'
        || bytes[15] != 'R') {
      return new Problem(ViolationCode.INVALID_VALUE, "not a PNG image");
    }
    int width = readInt(bytes, 16);
    int height = readInt(bytes, 20);
    if (width <= 0 || height <= 0) {
      return new Problem(ViolationCode.INVALID_VALUE, "not a PNG image");
    }
    if (width > MAX_SIDE || height > MAX_SIDE) {
      return new Problem(
          ViolationCode.INVALID_VALUE,
          "the image must be at most " + MAX_SIDE + " pixels wide and high");
    }
    int depth = bytes[24];
    int colour = bytes[25];
    boolean valid =
        switch (colour) {
          case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
          case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
          case 2, 4, 6 -> depth == 8 || depth == 16;
          default -> false;
        };
    if (!valid || bytes[26] != 0 || bytes[27] != 0 || (bytes[28] != 0 && bytes[28] != 1)) {
      return new Problem(ViolationCode.INVALID_VALUE, "not a PNG image");
    }
    return null;
  }

  private static boolean isBase64(String text) {
    int n = text.length();
    if (n % 4 != 0) {
      return false;
    }
    int padding =
        n > 0 && text.charAt(n - 1) == '=' ? (n > 1 && text.charAt(n - 2) == '=' ? 2 : 1) : 0;
    for (int i = 0; i < n - padding; i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int readInt(byte[] bytes, int at) {
    return ((bytes[at] & 0xFF) << 24)
        | ((bytes[at + 1] & 0xFF) << 16)
        | ((bytes[at + 2] & 0xFF) << 8)
        | (bytes[at + 3] & 0xFF);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * Why an image is refused.
   *
   * @param code the violation code
   * @param message the reason, without the value
   */
  public record Problem(ViolationCode code, String message) {}
}
