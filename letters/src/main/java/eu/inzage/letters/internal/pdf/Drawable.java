package eu.inzage.letters.internal.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.json.InzageJson;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Whether the letter's fonts (DejaVu Sans, regular and bold) can draw a value's texts. A character
 * they lack (CJK, emoji, many historic scripts) is refused with the field's path rather than
 * printed as a replacement glyph: a letter that names someone must show their name. Thread-safe.
 */
public final class Drawable {
  private static final ObjectMapper MAPPER = InzageJson.newMapper();
  private static final String MESSAGE = "contains a character the letter's fonts cannot draw";

  private Drawable() {}

  /** Whether every character of the text, once normalised as the page draws it, has a glyph. */
  public static boolean isDrawable(String text) {
    String clean = Layout.clean(text);
    FontProgram regular = FontProgram.shared(Pdf.REGULAR);
    FontProgram bold = FontProgram.shared(Pdf.BOLD);
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      if (!regular.covers(cp) || !bold.covers(cp)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a violation ({@code INVALID_VALUE}) for each text of the value, as its JSON shape has it,
   * that the fonts cannot draw; the image of a drawn signature is not text and is skipped.
   *
   * @param prefix the path of the value, e.g. {@code participant}
   * @param value a model value (participant, organisation, letter facts), or null
   * @param out where violations are added
   */
  public static void check(String prefix, Object value, List<Violation> out) {
    if (value != null) {
      walk(MAPPER.valueToTree(value), prefix, out);
    }
  }

  private static void walk(JsonNode node, String path, List<Violation> out) {
    if (node.isTextual()) {
      if (!isDrawable(node.textValue())) {
        out.add(new Violation(path, ViolationCode.INVALID_VALUE, MESSAGE));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "." + i, out);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getKey().equals("imagePng")) {
          walk(
              field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
        }
      }
    }
  }

  /** Normalisation as the page does it: used by {@link Layout#clean}. */
  static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
