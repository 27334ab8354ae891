package eu.inzage.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 16 German Länder as ISO 3166-2 codes, and the Land of a German postcode where its two-digit
 * zone lies wholly in one Land (see {@code docs/authorities.md#germany} for the source of the
 * table). Zones shared by several Länder give no answer: the address must name its region.
 */
public final class GermanLands {
  /** The ISO 3166-2 codes of the Länder. */
  public static final Set<String> CODES =
      Set.of(
          "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI", "DE-NW",
          "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH");

  /** Two-digit postcode zones that lie wholly in one Land. */
  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("02", "SN"),
          Map.entry("03", "BB"),
          Map.entry("08", "SN"),
          Map.entry("09", "SN"),
          Map.entry("10", "BE"),
          Map.entry("11", "BE"),
          Map.entry("13", "BE"),
          Map.entry("15", "BB"),
          Map.entry("16", "BB"),
          Map.entry("18", "MV"),
          Map.entry("20", "HH"),
          Map.entry("24", "SH"),
          Map.entry("25", "SH"),
          Map.entry("26", "NI"),
          Map.entry("30", "NI"),
          Map.entry("31", "NI"),
          Map.entry("32", "NW"),
          Map.entry("33", "NW"),
          Map.entry("35", "HE"),
          Map.entry("39", "ST"),
          Map.entry("40", "NW"),
          Map.entry("41", "NW"),
          Map.entry("42", "NW"),
          Map.entry("43", "NW"),
          Map.entry("44", "NW"),
          Map.entry("45", "NW"),
          Map.entry("46", "NW"),
          Map.entry("47", "NW"),
          Map.entry("50", "NW"),
          Map.entry("52", "NW"),
          Map.entry("54", "RP"),
          Map.entry("56", "RP"),
          Map.entry("58", "NW"),
          Map.entry("60", "HE"),
          Map.entry("61", "HE"),
          Map.entry("62", "HE"),
          Map.entry("64", "HE"),
          Map.entry("67", "RP"),
          Map.entry("70", "BW"),
          Map.entry("71", "BW"),
          Map.entry("72", "BW"),
          Map.entry("73", "BW"),
          Map.entry("74", "BW"),
          Map.entry("75", "BW"),
          Map.entry("77", "BW"),
          Map.entry("78", "BW"),
          Map.entry("79", "BW"),
          Map.entry("80", "BY"),
          Map.entry("81", "BY"),
          Map.entry("82", "BY"),
          Map.entry("83", "BY"),
          Map.entry("84", "BY"),
          Map.entry("85", "BY"),
          Map.entry("86", "BY"),
          Map.entry("90", "BY"),
          Map.entry("91", "BY"),
          Map.entry("92", "BY"),
          Map.entry("93", "BY"),
          Map.entry("94", "BY"),
          Map.entry("95", "BY"),
          Map.entry("98", "TH"),
          Map.entry("99", "TH"));

  private GermanLands() {}

  /**
   * The ISO 3166-2 code of a Land written as {@code DE-BY} or {@code BY} (any case), or empty when
   * the text is no Land.
   */
  public static Optional<String> code(String region) {
    if (region == null) {
      return Optional.empty();
    }
    String upper = Normalise.asciiUpper(region.strip());
    String code = upper.startsWith("DE-") ? upper : "DE-" + upper;
    return CODES.contains(code) ? Optional.of(code) : Optional.empty();
  }

  /**
   * The Land of a five-digit German postcode whose zone lies wholly in one Land, or empty (a zone
   * shared by several Länder, or not a German postcode).
   */
  public static Optional<String> fromPostcode(String postcode) {
    if (postcode == null) {
      return Optional.empty();
    }
    String digits = postcode.strip().toUpperCase(Locale.ROOT);
    if (digits.startsWith("D-")) {
      digits = digits.substring(2);
    }
    if (!digits.matches("[0-9]{5}")) {
      return Optional.empty();
    }
    String land = ZONES.get(digits.substring(0, 2));
    return land == null ? Optional.empty() : Optional.of("DE-" + land);
  }
}
