package eu.inzage.core.catalog;

import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.ControllerProfile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of controller profiles by slug. {@link #builtIn()} holds TikTok, Zoom and
 * Palantir with the facts of {@code docs/controllers.md}, each with its "last verified" date.
 */
public final class ControllerProfiles {
  private static final String RESOURCE = "controllers.json";

  private final Map<String, ControllerProfile> byId;

  private ControllerProfiles(Collection<ControllerProfile> profiles) {
    Map<String, ControllerProfile> map = new LinkedHashMap<>();
    for (ControllerProfile profile : profiles) {
      if (map.putIfAbsent(profile.id(), profile) != null) {
        throw new IllegalArgumentException("duplicate controller id: " + profile.id());
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(map);
  }

  /** The built-in profiles: {@code tiktok}, {@code zoom}, {@code palantir}. */
  public static ControllerProfiles builtIn() {
    return Holder.BUILT_IN;
  }

  /** A set of the given profiles (ids must be unique). */
  public static ControllerProfiles of(Collection<ControllerProfile> profiles) {
    return new ControllerProfiles(profiles);
  }

  /** The profile with the given slug, if present. */
  public Optional<ControllerProfile> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The profile with the given slug.
   *
   * @throws InvalidInputException naming the field {@code controller} when there is none
   */
  public ControllerProfile require(String id) {
    ControllerProfile profile = byId.get(id);
    if (profile == null) {
      throw new InvalidInputException(
          "controller",
          ViolationCode.INVALID_ID,
          byId.size() <= 10
              ? "unknown controller; known: " + byId.keySet()
              : "unknown controller; " + byId.size() + " known");
    }
    return profile;
  }

  /** Every profile, in a stable order. */
  public List<ControllerProfile> all() {
    return List.copyOf(byId.values());
  }

  /** The slugs of all profiles. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  private static final class Holder {
    static final ControllerProfiles BUILT_IN = load();

    private static ControllerProfiles load() {
      try (InputStream in = ControllerProfiles.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new ConfigurationException("missing resource " + RESOURCE);
        }
        List<ControllerProfile> list = InzageJson.strict().readList(in, ControllerProfile.class);
        return new ControllerProfiles(list);
      } catch (IOException e) {
        throw new ConfigurationException("cannot load " + RESOURCE, e);
      }
    }
  }
}
