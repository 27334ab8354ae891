package eu.inzage.letters;

import java.util.Arrays;

/**
 * A letter rendered as PDF/A-2b: the file, its number of pages and its SHA-256 fingerprint (for the
 * record of what was sent).
 */
public final class LetterPdf {
  private final byte[] bytes;
  private final int pages;
  private final String sha256;

  /** Wraps rendered bytes; the array is copied. */
  public LetterPdf(byte[] bytes, int pages, String sha256) {
    this.bytes = bytes.clone();
    this.pages = pages;
    this.sha256 = sha256;
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

  /** The hex SHA-256 of the file. */
  public String sha256() {
    return sha256;
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
    return "LetterPdf[pages=" + pages + ", size=" + bytes.length + ", sha256=" + sha256 + "]";
  }
}
