package eu.inzage.adapters.internal.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Attachment file names: the unsafe ones are refused, the others reduced to one safe element. */
final class FileNames {
  /** The longest sanitised name, in characters. */
  static final int MAX_LENGTH = 100;

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{N} ._()-]");
  private static final Pattern RUNS = Pattern.compile("[ _]{2,}");
  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileNames() {}

  /**
   * True when a (decoded) name tries to leave its folder: an absolute path, a drive letter, a UNC
   * path, or {@code ..} as an element (with {@code /} or {@code \} as separator).
   */
  static boolean isUnsafe(String name) {
    String unified = name.replace('\\', '/');
    if (unified.startsWith("/") || unified.startsWith("~") || DRIVE.matcher(name).matches()) {
      return true;
    }
    for (String element : unified.split("/", -1)) {
      if (element.strip().equals("..")) {
        return true;
      }
    }
    return false;
  }

  /**
   * One safe path element: the name's last element, NFC, with control, format and other characters
   * outside letters, digits, space, {@code . _ ( ) -} replaced by {@code _}, no leading dot or
   * dash, at most {@value #MAX_LENGTH} characters (the extension kept), never a Windows device
   * name; {@code attachment-N} when nothing is left.
   */
  static String sanitise(String name, int index) {
    String fallback = "attachment-" + index;
    if (name == null) {
      return fallback;
    }
    String unified = name.replace('\\', '/');
    String last = unified.substring(unified.lastIndexOf('/') + 1);
    String cleaned =
        NOT_ALLOWED.matcher(Normalizer.normalize(last, Normalizer.Form.NFC)).replaceAll("_");
    cleaned = RUNS.matcher(cleaned).replaceAll("_").strip();
    while (!cleaned.isEmpty() && (cleaned.charAt(0) == '.' || cleaned.charAt(0) == '-')) {
      cleaned = cleaned.substring(1);
    }
    while (cleaned.endsWith(".") || cleaned.endsWith(" ")) {
      cleaned = cleaned.substring(0, cleaned.length() - 1);
    }
    if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_')) {
      return fallback;
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
      cleaned = shorten(cleaned);
    }
    int dot = cleaned.indexOf('.');
    String stem = (dot < 0 ? cleaned : cleaned.substring(0, dot)).toLowerCase(Locale.ROOT);
    if (WINDOWS_DEVICES.contains(stem)) {
      cleaned = "_" + cleaned;
    }
    return cleaned;
  }

  private static String shorten(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String stem = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_LENGTH - extension.length();
    int end = stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length())));
    return stem.substring(0, end) + extension;
  }
}
