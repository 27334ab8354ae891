package eu.inzage.letters.internal.pdf;

/**
 * The address field of a DIN 5008 form B letter, which shows through the window of a DL, C5/6, C5
 * or C4 window envelope (DIN 680): 20 mm from the left edge and 45 mm from the top edge of the A4
 * sheet, 85 mm wide and 45 mm high. Every letter and every post bundle's address sheet prints its
 * return line and recipient inside it; these are the only numbers for it.
 */
public final class EnvelopeWindow {
  /** The left edge of the window field, in mm from the sheet's left edge. */
  public static final float LEFT_MM = 20;

  /** The top edge of the window field, in mm from the sheet's top edge. */
  public static final float TOP_MM = 45;

  /** The width of the window field, in mm. */
  public static final float WIDTH_MM = 85;

  /** The height of the window field, in mm. */
  public static final float HEIGHT_MM = 45;

  /** Where the address lines start, in mm from the left edge (5 mm inside the field). */
  public static final float TEXT_LEFT_MM = 25;

  /** The width the address lines may take, in mm (to the field's right edge). */
  public static final float TEXT_WIDTH_MM = LEFT_MM + WIDTH_MM - TEXT_LEFT_MM;

  /** The baseline of the return line, in mm from the top edge. */
  static final float RETURN_LINE_MM = TOP_MM + 4;

  /** The baseline of the recipient's first line at the latest, in mm from the top edge. */
  static final float RECIPIENT_MM = TOP_MM + 11;

  private EnvelopeWindow() {}
}
