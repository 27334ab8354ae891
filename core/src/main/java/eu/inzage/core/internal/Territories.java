package eu.inzage.core.internal;

import java.util.Set;

/**
 * The country sets the rules refer to: the 27 Member States of the Union, the three further EEA
 * states (where the GDPR applies through the EEA Agreement) and Switzerland (see {@code
 * docs/law/eligibility.md}).
 */
public final class Territories {
  /** The 27 Member States of the European Union, ISO 3166-1 alpha-2 ({@code GR} for Greece). */
  public static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** The EEA states outside the Union. */
  public static final Set<String> EEA_ONLY = Set.of("IS", "LI", "NO");

  /** The Union and the EEA: where the GDPR applies. */
  public static final Set<String> EEA = union(EU, EEA_ONLY);

  /** The SOMI 2021 territory: the EEA plus Switzerland. */
  public static final Set<String> EEA_AND_CH = union(EEA, Set.of("CH"));

  private Territories() {}

  /** Whether the (normalised) country code lies in the EU or the EEA. */
  public static boolean inEea(String country) {
    return country != null && EEA.contains(country);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
