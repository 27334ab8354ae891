package eu.inzage.core.catalog;

import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.json.InzageJson;
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
 * Switzerland (see {@code docs/authorities.md}), with the language each takes complaints in. A
 * complaint under Art. 77 GDPR goes to the authority of the participant's habitual residence.
 */
public final class SupervisoryAuthorities {
  private static final String RESOURCE = "authorities.json";
  private static final SupervisoryAuthorities BUILT_IN = load();

  private final Map<String, SupervisoryAuthority> byCountry;

  private SupervisoryAuthorities(List<SupervisoryAuthority> authorities) {
    Map<String, SupervisoryAuthority> map = new LinkedHashMap<>();
    for (SupervisoryAuthority authority : authorities) {
      map.put(authority.country(), authority);
    }
    this.byCountry = Collections.unmodifiableMap(map);
  }

  /** The built-in table of 31 authorities. */
  public static SupervisoryAuthorities builtIn() {
    return BUILT_IN;
  }

  /** The authority of a country ({@code EL} is read as {@code GR}), if there is one. */
  public Optional<SupervisoryAuthority> find(String country) {
    return Optional.ofNullable(byCountry.get(Normalise.country(country)));
  }

  /**
   * The authority of a country.
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

  /** All authorities, in the order of {@code docs/authorities.md}. */
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
