package eu.inzage.adapters.internal.controllers;

import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.adapters.ControllerAdapter.Origin;
import eu.inzage.adapters.Identifier;
import eu.inzage.adapters.IdentifierNeed;
import eu.inzage.adapters.IdentifierNeed.Need;
import eu.inzage.adapters.directory.ImportedController;
import eu.inzage.adapters.directory.RequiredElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The generic adapter of a controller imported from the open directory. */
public final class DirectoryAdapters {
  private DirectoryAdapters() {}

  /**
   * An adapter over the imported profile: its calendar, request language and channels come from the
   * record (see the import); each required element the profile carries is a need, required unless
   * the directory marks it optional, asked for in the directory's own words.
   */
  public static ControllerAdapter of(ImportedController imported) {
    List<IdentifierNeed> needs = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (RequiredElement element : imported.requiredElements()) {
      String code = element.identifier().orElse(null);
      if (code == null || !seen.add(code)) {
        continue;
      }
      Identifier identifier = Identifier.fromCode(code).orElseThrow();
      String question =
          element.description() == null || element.description().isBlank()
              ? ProfileAdapter.question(identifier, imported.profile().legalName())
              : element.description().strip();
      needs.add(
          new IdentifierNeed(
              identifier, element.optional() ? Need.OPTIONAL : Need.REQUIRED, question));
    }
    return ControllerAdapter.builder(imported.profile())
        .origin(Origin.DIRECTORY)
        .identifiers(needs)
        .needsIdDocument(imported.needsIdDocument())
        .build();
  }
}
