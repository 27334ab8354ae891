package eu.inzage.letters.internal.pdf;

import eu.inzage.letters.internal.document.SignatureImage;

/** One drawing operation on a page, in points from the lower-left corner. */
sealed interface Op permits Op.Run, Op.Rule, Op.Picture {
  /** A line of text in one font. */
  record Run(FontUse font, float size, float x, float y, String text, float gray) implements Op {}

  /** A straight line. */
  record Rule(float x1, float y1, float x2, float y2, float width, float gray) implements Op {}

  /** An opaque RGB image, already scaled and compressed. */
  record Picture(SignatureImage image, float x, float y, float width, float height) implements Op {}
}
