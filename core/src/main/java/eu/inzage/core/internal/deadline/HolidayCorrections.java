package eu.inzage.core.internal.deadline;

import eu.inzage.core.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The per-country correction table of {@code docs/law/deadlines.md#country-corrections}, read from
 * the resource {@code holiday-corrections.txt}: days national law counts (or does not count) for
 * the end of a period, where jollyday's classification differs.
 */
final class HolidayCorrections {
  private static final String RESOURCE = "holiday-corrections.txt";

  /** One line of the table. */
  record Correction(String country, boolean add, int easterOffset, MonthDay fixed, String name) {
    /** The day the correction applies to in a year. */
    LocalDate in(int year) {
      if (fixed != null) {
        return fixed.isValidYear(year) ? fixed.atYear(year) : null;
      }
      return Easter.sunday(year).plusDays(easterOffset);
    }
  }

  private static final Map<String, List<Correction>> BY_COUNTRY = load();

  private HolidayCorrections() {}

  /** The corrections for a country (upper-case ISO code); empty when there are none. */
  static List<Correction> forCountry(String country) {
    return BY_COUNTRY.getOrDefault(country, List.of());
  }

  private static Map<String, List<Correction>> load() {
    try (InputStream in = HolidayCorrections.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ConfigurationException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Correction> all = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        all.add(parse(trimmed, number));
      }
      return all.stream()
          .collect(Collectors.groupingBy(Correction::country, Collectors.toUnmodifiableList()));
    } catch (IOException e) {
      throw new ConfigurationException("cannot load " + RESOURCE, e);
    }
  }

  static Correction parse(String line, int number) {
    String[] parts = line.split("\\|", -1);
    if (parts.length != 5) {
      throw new ConfigurationException(RESOURCE + " line " + number + ": expected 5 columns");
    }
    String country = parts[0].strip().toUpperCase(Locale.ROOT);
    String op = parts[1].strip();
    if (!op.equals("add") && !op.equals("remove")) {
      throw new ConfigurationException(RESOURCE + " line " + number + ": add or remove expected");
    }
    String rule = parts[2].strip();
    String name = parts[3].strip();
    if (rule.startsWith("easter")) {
      int offset = rule.length() == "easter".length() ? 0 : Integer.parseInt(rule.substring(6));
      return new Correction(country, op.equals("add"), offset, null, name);
    }
    return new Correction(country, op.equals("add"), 0, MonthDay.parse(rule), name);
  }
}
