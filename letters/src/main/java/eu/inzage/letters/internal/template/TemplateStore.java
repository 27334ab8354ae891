package eu.inzage.letters.internal.template;

import eu.inzage.core.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds templates and labels on the class path under {@code eu/inzage/letters/templates/LANG/}:
 * {@code KIND.tpl} and {@code labels.properties}. Adding a language means adding that folder.
 * Parsed files are cached; the store is thread-safe.
 */
public final class TemplateStore {
  private static final String ROOT = "/eu/inzage/letters/templates/";
  private static final TemplateStore BUILT_IN = new TemplateStore();

  private final Map<String, Optional<Template>> templates = new ConcurrentHashMap<>();
  private final Map<String, Optional<Labels>> labels = new ConcurrentHashMap<>();

  private TemplateStore() {}

  /** The store of the templates shipped in this module. */
  public static TemplateStore builtIn() {
    return BUILT_IN;
  }

  /** The template for a kind in a language, if that language has one. */
  public Optional<Template> template(String language, String kind) {
    if (!language.matches("[a-z]{2,3}") || !kind.matches("[a-z]+(-[a-z]+)*")) {
      return Optional.empty();
    }
    return templates.computeIfAbsent(
        language + "/" + kind,
        key -> read(ROOT + key + ".tpl").map(text -> Template.parse(text, key + ".tpl")));
  }

  /** The labels of a language, if it has them. */
  public Optional<Labels> labels(String language) {
    if (!language.matches("[a-z]{2,3}")) {
      return Optional.empty();
    }
    return labels.computeIfAbsent(language, TemplateStore::readLabels);
  }

  /** Whether a letter of this kind can be written in this language. */
  public boolean supports(String language, String kind) {
    return labels(language).isPresent() && template(language, kind).isPresent();
  }

  private static Optional<Labels> readLabels(String language) {
    try (InputStream in =
        TemplateStore.class.getResourceAsStream(ROOT + language + "/labels.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      for (String name : properties.stringPropertyNames()) {
        map.put(name, properties.getProperty(name));
      }
      return Optional.of(new Labels(language, map));
    } catch (IOException e) {
      throw new ConfigurationException("cannot load the labels of " + language, e);
    }
  }

  private static Optional<String> read(String resource) {
    try (InputStream in = TemplateStore.class.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigurationException("cannot load the template " + resource, e);
    }
  }
}
