package eu.inzage.core.catalog;

import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.GermanLands;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.SupervisoryAuthority;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supervisory authorities of the 27 EU member states, Iceland, Liechtenstein, Norway and
 * Switzerland, and the 16 authorities of the German Länder (see {@code docs/authorities.md}), with
 * the language each takes complaints in. A complaint under Art. 77(1) GDPR goes to the authority of
 * the participant's habitual residence; in Germany that is the authority of the participant's Land
 * (Art. 55(1), 77(1) GDPR), found by {@link #competent(String, Address, String)}.
 */
public final class SupervisoryAuthorities {
  private static final String RESOURCE = "authorities.json";
  private static final SupervisoryAuthorities BUILT_IN = load();

  private final Map<String, SupervisoryAuthority> byCountry;
  private final Map<String, SupervisoryAuthority> byRegion;

  private SupervisoryAuthorities(List<SupervisoryAuthority> authorities) {
    Map<String, SupervisoryAuthority> map = new LinkedHashMap<>();
    Map<String, SupervisoryAuthority> regions = new LinkedHashMap<>();
    for (SupervisoryAuthority authority : authorities) {
      if (authority.region() == null) {
        map.put(authority.country(), authority);
      } else {
        regions.put(authority.region(), authority);
      }
    }
    this.byCountry = Collections.unmodifiableMap(map);
    this.byRegion = Collections.unmodifiableMap(regions);
  }

  /** The built-in table of 31 state authorities and the 16 authorities of the German Länder. */
  public static SupervisoryAuthorities builtIn() {
    return BUILT_IN;
  }

  /**
   * The authority of a country ({@code EL} is read as {@code GR}), or of a region by its ISO 3166-2
   * code ({@code DE-BY}), if there is one.
   */
  public Optional<SupervisoryAuthority> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normal = Normalise.country(code.strip());
    return Optional.ofNullable(normal.contains("-") ? byRegion.get(normal) : byCountry.get(normal));
  }

  /**
   * The authority competent for a complaint (Art. 77(1), Art. 55 GDPR) by a data subject living in
   * {@code residence}: the country's authority, and in Germany the authority of the Land, taken
   * from the address's ISO 3166-2 {@code region} ({@code DE-BY} or {@code BY}), else from its
   * postcode where the postcode's zone lies in one Land.
   *
   * @param residence the country of habitual residence (ISO 3166-1)
   * @param address the data subject's address, or null
   * @param path the path of the data subject in the input, such as {@code participant}, to name the
   *     field of a violation ({@code participant.residence}, {@code participant.address.region})
   * @throws InvalidInputException {@code UNKNOWN_COUNTRY} for a country without an authority; for
   *     Germany {@code INVALID_VALUE} when the region is not a Land, {@code REQUIRED} when neither
   *     region nor postcode tell the Land
   */
  public SupervisoryAuthority competent(String residence, Address address, String path) {
    String prefix = path == null || path.isEmpty() ? "" : path + ".";
    SupervisoryAuthority state =
        find(residence)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        prefix + "residence",
                        ViolationCode.UNKNOWN_COUNTRY,
                        "no supervisory authority known for this country"));
    if (!state.country().equals("DE") || byRegion.isEmpty()) {
      return state;
    }
    boolean german =
        address != null && (address.country() == null || "DE".equals(address.country()));
    String region = german ? address.region() : null;
    if (region != null && !region.isBlank()) {
      return GermanLands.code(region)
          .flatMap(this::find)
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      prefix + "address.region",
                      ViolationCode.INVALID_VALUE,
                      "expected a German Land as ISO 3166-2 code, such as DE-BY"));
    }
    return GermanLands.fromPostcode(german ? address.postalCode() : null)
        .flatMap(this::find)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    prefix + "address.region",
                    ViolationCode.REQUIRED,
                    "the postcode does not tell the German Land: give the region as ISO 3166-2"
                        + " code, such as DE-BY"));
  }

  /** The authorities of the regions of a country (the 16 German Länder), in table order. */
  public List<SupervisoryAuthority> regions(String country) {
    String normal = Normalise.country(country);
    return byRegion.values().stream().filter(a -> a.country().equals(normal)).toList();
  }

  /**
   * The authority of a country as a whole; for Germany the federal commissioner, who is not
   * competent for complaints about private controllers: a complaint uses {@link #competent}.
   *
   * @throws InvalidInputException naming the field {@code residence} when the country has none
   */
  public SupervisoryAuthority forResidence(String country) {
    return find(country)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "residence",
                    ViolationCode.UNKNOWN_COUNTRY,
                    "no supervisory authority known for this country"));
  }

  /**
   * The authorities of the states, one per country, in the order of {@code docs/authorities.md};
   * the regional ones are {@link #regions(String)}.
   */
  public List<SupervisoryAuthority> all() {
    return List.copyOf(byCountry.values());
  }

  private static SupervisoryAuthorities load() {
    try (InputStream in = SupervisoryAuthorities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ConfigurationException("missing resource " + RESOURCE);
      }
      return new SupervisoryAuthorities(
          InzageJson.strict().readList(in, SupervisoryAuthority.class));
    } catch (IOException e) {
      throw new ConfigurationException("cannot load " + RESOURCE, e);
    }
  }
}
