package eu.inzage.core.internal.validation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks behind the constraint annotations, usable without Jakarta Validation as well. */
public final class TextRules {
  /** The grammar of participant and request ids (see {@code docs/formats.md#identifiers}). */
  public static final Pattern PARTICIPANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The grammar of controller slugs (the file names of the open controller directory). */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private static final Pattern EMAIL_LOCAL =
      Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN_LABEL =
      Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
  private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9 ().\\-/]+");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private TextRules() {}

  /** True when the text contains a control, line-separator or bidi-override character. */
  public static boolean hasControlCharacters(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')
          || c == '\uFEFF') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The length in Unicode code points. */
  public static int codePoints(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /** A plausible e-mail address: RFC 5321 lengths, a dotted domain of valid labels. */
  public static boolean isEmail(String text) {
    if (text.length() > 254) {
      return false;
    }
    int at = text.lastIndexOf('@');
    if (at <= 0 || at > 64 || at == text.length() - 1) {
      return false;
    }
    String local = text.substring(0, at);
    String domain = text.substring(at + 1);
    if (!EMAIL_LOCAL.matcher(local).matches()) {
      return false;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!DOMAIN_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    String tld = labels[labels.length - 1];
    return (tld.length() >= 2 && tld.chars().allMatch(Character::isLetter))
        || tld.startsWith("xn--");
  }

  /** A plausible phone number: optional +, 7 to 15 digits (E.164 allows at most 15). */
  public static boolean isPhone(String text) {
    if (!PHONE_SHAPE.matcher(text).matches()) {
      return false;
    }
    long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
    return digits >= 7 && digits <= 15 && text.indexOf('+', 1) < 0;
  }

  /** An ISO 3166-1 alpha-2 code, exactly as given (upper case). */
  public static boolean isCountry(String code) {
    return code.length() == 2 && COUNTRIES.contains(code);
  }

  /** An ISO 639-1 code, exactly as given (lower case). */
  public static boolean isLanguage(String code) {
    return code.length() == 2 && LANGUAGES.contains(code);
  }
}
