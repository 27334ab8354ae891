package eu.inzage.adapters;

import eu.inzage.adapters.directory.ImportedController;
import eu.inzage.adapters.internal.controllers.BuiltInAdapters;
import eu.inzage.adapters.internal.controllers.DirectoryAdapters;
import eu.inzage.core.catalog.ControllerProfiles;
import java.util.List;

/**
 * The adapters Inzage ships: TikTok, Zoom and Palantir over the built-in profiles ({@code
 * ControllerProfiles.builtIn()}), and the generic adapter for any controller of the open directory.
 * Each call returns the same immutable instances.
 */
public final class ControllerAdapters {
  private ControllerAdapters() {}

  /** TikTok Technology Limited: found by user name, e-mail or phone; its privacy web form. */
  public static ControllerAdapter tiktok() {
    return Holder.TIKTOK;
  }

  /** Zoom Communications, Inc.: found by the account's e-mail; e-mail copied to Art. 27. */
  public static ControllerAdapter zoom() {
    return Holder.ZOOM;
  }

  /** Palantir Technologies Inc.: searched by e-mail address; e-mail. */
  public static ControllerAdapter palantir() {
    return Holder.PALANTIR;
  }

  /** The three built-in adapters, in the order TikTok, Zoom, Palantir. */
  public static List<ControllerAdapter> builtIn() {
    return List.of(Holder.TIKTOK, Holder.ZOOM, Holder.PALANTIR);
  }

  /**
   * The generic adapter of an imported controller: the deadline calendar of its address country
   * (weekends only outside the EU and EEA), its request language, its channels and its required
   * elements as identifier needs.
   */
  public static ControllerAdapter fromDirectory(ImportedController imported) {
    return DirectoryAdapters.of(imported);
  }

  private static final class Holder {
    static final ControllerProfiles PROFILES = ControllerProfiles.builtIn();
    static final ControllerAdapter TIKTOK = BuiltInAdapters.tiktok(PROFILES.require("tiktok"));
    static final ControllerAdapter ZOOM = BuiltInAdapters.zoom(PROFILES.require("zoom"));
    static final ControllerAdapter PALANTIR =
        BuiltInAdapters.palantir(PROFILES.require("palantir"));
  }
}
