package eu.inzage.adapters;

import eu.inzage.adapters.ChosenController.SelectedBy;
import eu.inzage.adapters.directory.DirectoryImport;
import eu.inzage.adapters.directory.ImportedController;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.model.Participant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controllers an application deals with, by slug: adapters registered in code, and the
 * controllers of an imported directory. The application builds one and injects it; nothing is
 * discovered on the class path. Immutable and thread-safe.
 *
 * <pre>{@code
 * ControllerRegistry registry = ControllerRegistry.builder()
 *     .addAll(ControllerAdapters.builtIn())
 *     .add(ControllerAdapter.builder(acmeProfile).build())
 *     .directory(ControllerDirectory.read(folder))
 *     .build();
 * }</pre>
 */
public final class ControllerRegistry {

  private final Map<String, ControllerAdapter> bySlug;
  private final List<String> shadowed;
  private final ControllerProfiles profiles;

  private ControllerRegistry(Map<String, ControllerAdapter> bySlug, List<String> shadowed) {
    this.bySlug = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySlug));
    this.shadowed = List.copyOf(shadowed);
    this.profiles = ControllerProfiles.of(bySlug.values().stream().map(a -> a.profile()).toList());
  }

  /** A builder: adapters in code first, then the directory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The adapter with this slug, if registered. */
  public Optional<ControllerAdapter> find(String slug) {
    return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
  }

  /**
   * The adapter with this slug.
   *
   * @throws InvalidInputException naming {@code controller} ({@code INVALID_ID}) when there is none
   */
  public ControllerAdapter require(String slug) {
    ControllerAdapter adapter = find(slug).orElse(null);
    if (adapter == null) {
      throw new InvalidInputException("controller", ViolationCode.INVALID_ID, unknown());
    }
    return adapter;
  }

  /** Every adapter: those registered in code in their order, then the directory's by slug. */
  public List<ControllerAdapter> adapters() {
    return List.copyOf(bySlug.values());
  }

  /** The profiles of every adapter, for the docket and the letters. */
  public ControllerProfiles profiles() {
    return profiles;
  }

  /**
   * The directory's slugs that an adapter registered in code replaced (a built-in controller is
   * also in the directory): the adapter in code wins, its facts having been checked.
   */
  public List<String> shadowed() {
    return shadowed;
  }

  /**
   * Resolves a participant's choice: the offered controllers when the choice says {@code all}, then
   * the chosen ones, each once, with the identifiers the participant still has to supply.
   *
   * @param choice the participant's choice
   * @param offer the slugs of the controllers the campaign offers (the organisation's selection)
   * @param participant the participant, whose accounts supply the identifiers
   * @return the chosen controllers in order: offered ones first when {@code all}, then the rest as
   *     chosen
   * @throws InvalidInputException with one violation per unknown slug ({@code controllers.N} or
   *     {@code offer.N}, {@code INVALID_ID}), or {@code controllers} {@code REQUIRED} when the
   *     choice selects nothing
   */
  public List<ChosenController> resolve(
      ControllerChoice choice, List<String> offer, Participant participant) {
    List<Violation> violations = new ArrayList<>();
    check("offer", offer, violations);
    check("controllers", choice.controllers(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Set<String> offered = new LinkedHashSet<>(offer);
    Set<String> slugs = new LinkedHashSet<>();
    if (choice.all()) {
      slugs.addAll(offered);
    }
    slugs.addAll(choice.controllers());
    if (slugs.isEmpty()) {
      throw new InvalidInputException(
          "controllers", ViolationCode.REQUIRED, "the choice selects no controller");
    }
    List<ChosenController> chosen = new ArrayList<>();
    for (String slug : slugs) {
      ControllerAdapter adapter = bySlug.get(slug);
      chosen.add(
          new ChosenController(
              adapter,
              offered.contains(slug) ? SelectedBy.ORGANISATION : SelectedBy.PARTICIPANT,
              adapter.missing(participant)));
    }
    return List.copyOf(chosen);
  }

  private void check(String field, List<String> slugs, List<Violation> violations) {
    for (int i = 0; i < slugs.size(); i++) {
      String slug = slugs.get(i);
      if (slug == null || !bySlug.containsKey(slug)) {
        violations.add(new Violation(field + "." + i, ViolationCode.INVALID_ID, unknown()));
      }
    }
  }

  private String unknown() {
    List<String> some = bySlug.keySet().stream().limit(10).toList();
    return "unknown controller; "
        + bySlug.size()
        + " known"
        + (bySlug.size() > some.size() ? ", among them " : ": ")
        + some;
  }

  @Override
  public String toString() {
    return "ControllerRegistry[" + bySlug.size() + " controllers]";
  }

  /** Builds a registry. Not thread-safe. */
  public static final class Builder {
    private final Map<String, ControllerAdapter> inCode = new LinkedHashMap<>();
    private final List<DirectoryImport> directories = new ArrayList<>();

    private Builder() {}

    /**
     * Registers an adapter.
     *
     * @throws ConfigurationException when an adapter with the same slug is already registered
     */
    public Builder add(ControllerAdapter adapter) {
      if (inCode.putIfAbsent(adapter.id(), adapter) != null) {
        throw new ConfigurationException("two adapters for the controller '" + adapter.id() + "'");
      }
      return this;
    }

    /** Registers each adapter, as {@link #add} does. */
    public Builder addAll(List<ControllerAdapter> adapters) {
      adapters.forEach(this::add);
      return this;
    }

    /**
     * Adds every controller of an import through the generic adapter, except those whose slug an
     * adapter in code has ({@link #shadowed()}); of several imports, the first with a slug wins.
     */
    public Builder directory(DirectoryImport imported) {
      directories.add(java.util.Objects.requireNonNull(imported, "imported"));
      return this;
    }

    /** The registry. */
    public ControllerRegistry build() {
      Map<String, ControllerAdapter> all = new LinkedHashMap<>(inCode);
      List<String> shadowed = new ArrayList<>();
      for (DirectoryImport imported : directories) {
        for (ImportedController company : imported.companies()) {
          String slug = company.slug();
          if (inCode.containsKey(slug)) {
            shadowed.add(slug);
          } else if (!all.containsKey(slug)) {
            all.put(slug, ControllerAdapters.fromDirectory(company));
          }
        }
      }
      return new ControllerRegistry(all, shadowed);
    }
  }
}
