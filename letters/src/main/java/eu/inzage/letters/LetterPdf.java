package eu.inzage.letters;

import java.util.Arrays;

/**
 * A letter rendered as PDF/A-2b: the file, its number of pages and its SHA-256 fingerprint (for the
 * record of what was sent).
 */
public final class LetterPdf {
  private final byte[] bytes;
  private final int pages;
  private volatile String sha256;

  /** Wraps rendered bytes; the array is copied. */
  public LetterPdf(byte[] bytes, int pages) {
    this(bytes.clone(), pages, true);
  }

  private LetterPdf(byte[] owned, int pages, @SuppressWarnings("UnusedVariable") boolean adopted) {
    this.bytes = owned;
    this.pages = pages;
  }

  /** Wraps bytes this module just rendered and hands to no one else. */
  static LetterPdf adopt(byte[] rendered, int pages) {
    return new LetterPdf(rendered, pages, true);
  }

  /** A copy of the PDF file's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The size of the file in bytes. */
  public int size() {
    return bytes.length;
  }

  /** The number of pages. */
  public int pages() {
    return pages;
  }

  /** The hex SHA-256 of the file (computed on first use). */
  public String sha256() {
    String hash = sha256;
    if (hash == null) {
      try {
        hash =
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      sha256 = hash;
    }
    return hash;
  }

  /** Writes the file to a stream. */
  public void writeTo(java.io.OutputStream out) throws java.io.IOException {
    out.write(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LetterPdf that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "LetterPdf[pages=" + pages + ", size=" + bytes.length + "]";
  }
}
