package eu.inzage.adapters.internal.replies;

/** Makes names from a reply safe for messages and results. */
public final class Labels {
  private static final int MAX = 200;

  private Labels() {}

  /**
   * The name with every control, format, separator-other or unassigned character replaced by {@code
   * ?}, cut to 200 characters; {@code (unnamed)} for null.
   */
  public static String safe(String name) {
    if (name == null) {
      return "(unnamed)";
    }
    String cut = name.length() > MAX ? name.substring(0, MAX) : name;
    StringBuilder out = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      out.append(isUnsafe(c) ? '?' : c);
    }
    return out.toString();
  }

  /** True if the text holds a character {@link #safe} would replace. */
  static boolean hasUnsafe(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (isUnsafe(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnsafe(char c) {
    if (c < 0x20 || c == 0x7f) {
      return true;
    }
    if (c < 0x80) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }
}
