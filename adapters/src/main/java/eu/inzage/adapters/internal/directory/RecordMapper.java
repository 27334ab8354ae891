package eu.inzage.adapters.internal.directory;

import com.fasterxml.jackson.databind.JsonNode;
import eu.inzage.adapters.directory.ImportedAuthority;
import eu.inzage.adapters.directory.ImportedController;
import eu.inzage.adapters.directory.RequiredElement;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ContactChannel;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.SupervisoryAuthority;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps one schema-valid record of the directory into the core model. */
final class RecordMapper {
  private static final String PURPOSE = "data-subject requests";
  private static final int MAX_NAME = 300;
  private static final int MAX_TARGET = 500;

  private RecordMapper() {}

  /** A controller record (valid against {@code schema.json}). */
  static ImportedController company(String file, JsonNode node) {
    String name = cap(node.path("name").asText(), MAX_NAME);
    List<String> lines = lines(node.path("address").asText());
    List<String> relevant = strings(node.path("relevant-countries"));
    String country = country(lines, relevant);
    Address address = address(lines, country);
    String email = text(node, "email");
    String webform = text(node, "webform");
    String medium = text(node, "suggested-transport-medium");
    ChannelType preferred = channel(medium);
    List<ContactChannel> channels = new ArrayList<>();
    if (email != null) {
      channels.add(new ContactChannel(ChannelType.EMAIL, cap(email, MAX_TARGET), PURPOSE));
    }
    if (webform != null) {
      channels.add(new ContactChannel(ChannelType.WEB_FORM, cap(webform, MAX_TARGET), PURPOSE));
    }
    if (!lines.isEmpty()) {
      channels.add(new ContactChannel(ChannelType.POST, cap(name, MAX_TARGET), PURPOSE));
    }
    if (preferred != null) {
      channels.sort((a, b) -> Boolean.compare(b.type() == preferred, a.type() == preferred));
    }
    String requestLanguage = text(node, "request-language");
    List<RequiredElement> required = new ArrayList<>();
    for (JsonNode element : node.path("required-elements")) {
      required.add(
          new RequiredElement(
              element.path("desc").asText(),
              element.path("type").asText("input"),
              element.path("optional").asBoolean(false)));
    }
    ControllerProfile profile =
        ControllerProfile.builder()
            .id(node.path("slug").asText())
            .legalName(name)
            .address(address)
            .channels(channels)
            .preferredChannel(preferred)
            .establishment(country)
            .zone(Countries.zone(country))
            .deadlineCountry(Countries.EEA.contains(country) ? country : null)
            .requestLanguage(
                requestLanguage == null ? Countries.language(country) : requestLanguage)
            .identifiers(identifiers(required))
            .build();
    Map<String, String> templates = new LinkedHashMap<>();
    for (String kind : List.of("access", "erasure", "rectification", "objection")) {
      String template = text(node, "custom-" + kind + "-template");
      if (template != null) {
        templates.put(kind, template);
      }
    }
    return new ImportedController(
        file,
        profile,
        lines,
        relevant,
        strings(node.path("categories")),
        strings(node.path("runs")),
        text(node, "phone"),
        text(node, "fax"),
        text(node, "web"),
        text(node, "pgp-fingerprint"),
        text(node, "pgp-url"),
        strings(node.path("sources")),
        required,
        requestLanguage,
        templates,
        node.path("needs-id-document").asBoolean(false),
        medium,
        strings(node.path("comments")),
        text(node, "quality"),
        text(node, "facet-group"),
        node.path("nsfw").asBoolean(false));
  }

  /** The profile's identifiers for the directory's required elements, in order, each once. */
  private static List<String> identifiers(List<RequiredElement> required) {
    Set<String> ids = new LinkedHashSet<>();
    for (RequiredElement element : required) {
      element.identifier().ifPresent(ids::add);
    }
    return List.copyOf(ids);
  }

  /** An authority record (valid against {@code schema-supervisory-authorities.json}). */
  static ImportedAuthority authority(String file, JsonNode node) {
    List<String> lines = lines(node.path("address").asText());
    List<String> relevant = strings(node.path("relevant-countries"));
    String country = country(lines, relevant);
    String language = text(node, "complaint-language");
    String web = text(node, "web");
    SupervisoryAuthority authority =
        new SupervisoryAuthority(
            country,
            node.path("name").asText(),
            web == null ? null : host(web),
            String.join(", ", lines),
            language == null ? List.of() : List.of(language.toLowerCase(Locale.ROOT)),
            "en".equalsIgnoreCase(language));
    return new ImportedAuthority(
        node.path("slug").asText(),
        file,
        authority,
        relevant,
        text(node, "email"),
        text(node, "webform"),
        text(node, "phone"),
        text(node, "fax"),
        text(node, "pgp-fingerprint"),
        text(node, "pgp-url"),
        strings(node.path("sources")),
        text(node, "suggested-transport-medium"),
        strings(node.path("comments")));
  }

  /**
   * The country of the address's last line (in English or the country's own language); else the one
   * country the record is relevant for.
   */
  private static String country(List<String> lines, List<String> relevant) {
    if (!lines.isEmpty()) {
      String code = Countries.code(lines.get(lines.size() - 1));
      if (code != null) {
        return code;
      }
    }
    List<String> named = relevant.stream().filter(c -> !"all".equals(c)).toList();
    if (named.size() == 1) {
      return named.get(0).toUpperCase(Locale.ROOT);
    }
    throw new InvalidInputException(
        "address",
        ViolationCode.UNKNOWN_COUNTRY,
        "the last line of the address names no known country");
  }

  /** The address: every line but the country's in {@code street}, the country as its code. */
  private static Address address(List<String> lines, String country) {
    if (lines.isEmpty()) {
      return null;
    }
    List<String> street = lines;
    if (country.equals(Countries.code(lines.get(lines.size() - 1)))) {
      street = lines.subList(0, lines.size() - 1);
    }
    return Address.of(cap(String.join(", ", street), 1000), null, null, country);
  }

  private static ChannelType channel(String medium) {
    if (medium == null) {
      return null;
    }
    return switch (medium) {
      case "email" -> ChannelType.EMAIL;
      case "webform" -> ChannelType.WEB_FORM;
      case "letter" -> ChannelType.POST;
      default -> null; // fax: no profile channel, kept in the imported record
    };
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static List<String> lines(String address) {
    return address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.asText());
    }
    return values;
  }

  private static String cap(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
