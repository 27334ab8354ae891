package eu.inzage.core.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks behind the constraint annotations, usable without Jakarta Validation as well. */
public final class TextRules {
  /** The grammar of participant and request ids (they become parts of file and object names). */
  public static final Pattern PARTICIPANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The grammar of controller slugs (the file names of the open controller directory). */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private static final Pattern EMAIL_LOCAL =
      Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN_LABEL =
      Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
  private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9 ().\\-/]+");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private TextRules() {}

  /**
   * The most combining marks (non-starters) a text may have in a row: Unicode's stream-safe text
   * format (UAX #15, section 13), which keeps normalisation linear in the length of the text.
   */
  public static final int MAX_COMBINING_RUN = 30;

  /**
   * True when the text is not plain text for a letter or a record: it contains a control, line- or
   * paragraph-separator character, a format character (bidi overrides and marks such as U+202E,
   * U+200E, U+061C, zero-width and soft-hyphen characters, tags; only the joiners U+200C and U+200D
   * that some scripts need are allowed), a private-use, unassigned or unpaired surrogate code
   * point, or more than {@value #MAX_COMBINING_RUN} combining marks in a row. One pass over the
   * text.
   */
  public static boolean hasControlCharacters(CharSequence text) {
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int cp;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        cp = Character.toCodePoint(c, text.charAt(i + 1));
        i += 2;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      } else {
        cp = c;
        i++;
      }
      if (!allowed(cp)) {
        return true;
      }
      run = isCombining(cp) ? run + 1 : 0;
      if (run > MAX_COMBINING_RUN) {
        return true;
      }
    }
    return false;
  }

  private static boolean allowed(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SURROGATE ->
          false;
      case Character.FORMAT -> cp == '\u200C' || cp == '\u200D';
      default -> true;
    };
  }

  /** A combining mark: a non-starter that attaches to the character before it. */
  private static boolean isCombining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * True when a text that is not blank shows nothing: every character is a space (such as U+00A0),
   * a combining mark, a format character or a filler (U+3164, U+115F, U+1160, U+FFA0, U+2800).
   * Blank texts (empty, or only ASCII white space) are not judged here: they count as absent.
   */
  public static boolean isInvisible(CharSequence text) {
    boolean blank = true;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isVisible(cp)) {
        return false;
      }
      blank &= Character.isWhitespace(cp);
    }
    return !blank;
  }

  private static boolean isVisible(int cp) {
    if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL,
          Character.COMBINING_SPACING_MARK ->
          true;
      default -> false;
    };
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
