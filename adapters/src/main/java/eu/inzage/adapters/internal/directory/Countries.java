package eu.inzage.adapters.internal.directory;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names as the directory writes them on an address's last line (in English or in the
 * country's own language), the time zone of a country's capital and the EU/EEA states (where the
 * deadline counts the state's public holidays).
 */
final class Countries {
  /** The 27 Member States and Iceland, Liechtenstein and Norway. */
  static final Set<String> EEA =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("AT", "Europe/Vienna"),
          Map.entry("BE", "Europe/Brussels"),
          Map.entry("BG", "Europe/Sofia"),
          Map.entry("HR", "Europe/Zagreb"),
          Map.entry("CY", "Asia/Nicosia"),
          Map.entry("CZ", "Europe/Prague"),
          Map.entry("DK", "Europe/Copenhagen"),
          Map.entry("EE", "Europe/Tallinn"),
          Map.entry("FI", "Europe/Helsinki"),
          Map.entry("FR", "Europe/Paris"),
          Map.entry("DE", "Europe/Berlin"),
          Map.entry("GR", "Europe/Athens"),
          Map.entry("HU", "Europe/Budapest"),
          Map.entry("IE", "Europe/Dublin"),
          Map.entry("IT", "Europe/Rome"),
          Map.entry("LV", "Europe/Riga"),
          Map.entry("LT", "Europe/Vilnius"),
          Map.entry("LU", "Europe/Luxembourg"),
          Map.entry("MT", "Europe/Malta"),
          Map.entry("NL", "Europe/Amsterdam"),
          Map.entry("PL", "Europe/Warsaw"),
          Map.entry("PT", "Europe/Lisbon"),
          Map.entry("RO", "Europe/Bucharest"),
          Map.entry("SK", "Europe/Bratislava"),
          Map.entry("SI", "Europe/Ljubljana"),
          Map.entry("ES", "Europe/Madrid"),
          Map.entry("SE", "Europe/Stockholm"),
          Map.entry("IS", "Atlantic/Reykjavik"),
          Map.entry("LI", "Europe/Vaduz"),
          Map.entry("NO", "Europe/Oslo"),
          Map.entry("CH", "Europe/Zurich"),
          Map.entry("GB", "Europe/London"));

  /**
   * The language of a country with one official language that letters can be written in (ISO
   * 639-1); countries with several (Belgium, Switzerland, Luxembourg, Finland, Malta, Cyprus) have
   * none here.
   */
  private static final Map<String, String> LANGUAGES =
      Map.ofEntries(
          Map.entry("AT", "de"),
          Map.entry("DE", "de"),
          Map.entry("LI", "de"),
          Map.entry("NL", "nl"),
          Map.entry("FR", "fr"),
          Map.entry("IT", "it"),
          Map.entry("ES", "es"),
          Map.entry("PT", "pt"),
          Map.entry("PL", "pl"),
          Map.entry("CZ", "cs"),
          Map.entry("SK", "sk"),
          Map.entry("SI", "sl"),
          Map.entry("HR", "hr"),
          Map.entry("HU", "hu"),
          Map.entry("RO", "ro"),
          Map.entry("BG", "bg"),
          Map.entry("GR", "el"),
          Map.entry("DK", "da"),
          Map.entry("SE", "sv"),
          Map.entry("NO", "no"),
          Map.entry("IS", "is"),
          Map.entry("EE", "et"),
          Map.entry("LV", "lv"),
          Map.entry("LT", "lt"),
          Map.entry("IE", "en"),
          Map.entry("GB", "en"),
          Map.entry("US", "en"));

  private static final Map<String, String> BY_NAME = names();

  private Countries() {}

  /** The ISO 3166-1 alpha-2 code of a country name or code, or null when it names none. */
  static String code(String name) {
    String key = key(name);
    String code = BY_NAME.get(key);
    for (int i = 0; code == null && i < FORMAL.size(); i++) {
      // "Republic of Singapore", "Kingdom of Spain": the short name
      if (key.startsWith(FORMAL.get(i))) {
        code = BY_NAME.get(key.substring(FORMAL.get(i).length()));
      }
    }
    return code;
  }

  /** Beginnings of formal country names, as keys, longest first. */
  private static final List<String> FORMAL =
      List.of(
          "federalrepublicof",
          "peoplesrepublicof",
          "grandduchyof",
          "principalityof",
          "commonwealthof",
          "republicof",
          "kingdomof",
          "stateof");

  /** The time zone of the country's capital within Europe, UTC elsewhere. */
  /**
   * The language in which to write to a controller in this country when its record names none: the
   * country's one official language, else English.
   */
  static String language(String code) {
    return LANGUAGES.getOrDefault(code, "en");
  }

  static ZoneId zone(String code) {
    return ZoneId.of(ZONES.getOrDefault(code, "UTC"));
  }

  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    Locale[] languages = {
      Locale.ENGLISH,
      Locale.GERMAN,
      Locale.FRENCH,
      Locale.ITALIAN,
      Locale.forLanguageTag("nl"),
      Locale.forLanguageTag("es")
    };
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale.Builder().setRegion(code).build();
      names.put(key(code), code);
      for (Locale language : languages) {
        names.putIfAbsent(key(country.getDisplayCountry(language)), code);
      }
    }
    for (Locale locale : Locale.getAvailableLocales()) {
      String code = locale.getCountry();
      if (code.length() == 2 && !locale.getLanguage().isEmpty()) {
        names.putIfAbsent(key(locale.getDisplayCountry(locale)), code);
      }
    }
    names.put(key("USA"), "US");
    names.put(key("United States of America"), "US");
    names.put(key("U.S.A."), "US");
    names.put(key("UK"), "GB");
    names.put(key("Great Britain"), "GB");
    names.put(key("England"), "GB");
    names.put(key("Scotland"), "GB");
    names.put(key("Wales"), "GB");
    names.put(key("Northern Ireland"), "GB");
    names.put(key("Republic of Ireland"), "IE");
    names.put(key("The Netherlands"), "NL");
    names.put(key("Holland"), "NL");
    names.put(key("Czech Republic"), "CZ");
    names.put(key("South Korea"), "KR");
    names.put(key("Russia"), "RU");
    names.put(key("Schweiz"), "CH");
    names.put(key("Suisse"), "CH");
    names.put(key("Hellas"), "GR");
    names.put(key("Hong Kong"), "HK");
    names.put(key("Hong Kong SAR"), "HK");
    names.put(key("Macau"), "MO");
    names.put(key("Macao"), "MO");
    names.put(key("PRC"), "CN");
    names.put(key("UAE"), "AE");
    names.put(key("Russian Federation"), "RU");
    names.put(key("Korea"), "KR");
    return Map.copyOf(names);
  }

  private static String key(String name) {
    String plain =
        Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z]", "");
    return plain.startsWith("the") && plain.length() > 6 ? plain.substring(3) : plain;
  }
}
