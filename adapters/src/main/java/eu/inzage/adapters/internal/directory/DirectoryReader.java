package eu.inzage.adapters.internal.directory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.IriFormat;
import eu.inzage.adapters.directory.DirectoryImport;
import eu.inzage.adapters.directory.ImportedAuthority;
import eu.inzage.adapters.directory.ImportedController;
import eu.inzage.adapters.directory.Rejection;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.json.InzageJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one directory: each record file alone, in file-name order, validated against the
 * directory's own schema and mapped by {@link RecordMapper}; a bad record becomes a {@link
 * Rejection} and never stops the import.
 */
public final class DirectoryReader {
  /**
   * Draft 7 with one change: {@code format: uri} accepts internationalised URIs (RFC 3987), as the
   * directory's own checks do — real records cite sources such as {@code
   * https://www.günstiger-reisen.de/datenschutz}.
   */
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
          .metaSchema(
              JsonMetaSchema.builder(JsonMetaSchema.getV7()).format(new InternationalUri()).build())
          .build();

  /** {@code uri} checked as an IRI: absolute, with non-ASCII characters allowed. */
  private static final class InternationalUri extends IriFormat {
    @Override
    public String getName() {
      return "uri";
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryReader.class);

  /** The longest record file read; the real directory's records are a few kilobytes. */
  static final long MAX_RECORD_BYTES = 1024 * 1024;

  /** The longest reason. */
  static final int MAX_REASON = 200;

  private static final ObjectMapper MAPPER = InzageJson.newMapper();

  private final Path directory;

  /** A reader of the directory. */
  public DirectoryReader(Path directory) {
    this.directory = directory;
  }

  /** Reads the whole directory. */
  public DirectoryImport read() throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new NotDirectoryException("--from");
    }
    JsonSchema companySchema = schema("schema.json");
    JsonSchema authoritySchema = schema("schema-supervisory-authorities.json");
    List<Rejection> rejected = new ArrayList<>();
    Map<String, ImportedController> companies =
        folder(
            "companies", companySchema, RecordMapper::company, ImportedController::file, rejected);
    Map<String, ImportedAuthority> authorities =
        folder(
            "supervisory-authorities",
            authoritySchema,
            RecordMapper::authority,
            ImportedAuthority::file,
            rejected);
    LOG.info(
        "directory read: {} companies, {} authorities, {} rejected",
        companies.size(),
        authorities.size(),
        rejected.size());
    List<ImportedController> companyList = new ArrayList<>(companies.values());
    companyList.sort(Comparator.comparing(ImportedController::slug));
    List<ImportedAuthority> authorityList = new ArrayList<>(authorities.values());
    authorityList.sort(Comparator.comparing(ImportedAuthority::slug));
    return new DirectoryImport(companyList, authorityList, rejected);
  }

  /**
   * The records of one folder by slug, in file order; each bad record, and each record with a slug
   * seen before, is added to {@code rejected}.
   */
  private <T> Map<String, T> folder(
      String folder,
      JsonSchema schema,
      BiFunction<String, JsonNode, T> mapper,
      Function<T, String> fileOf,
      List<Rejection> rejected)
      throws IOException {
    Map<String, T> bySlug = new LinkedHashMap<>();
    for (Path file : records(folder)) {
      String name = folder + "/" + file.getFileName();
      JsonNode node = parse(file, name, schema, rejected);
      if (node == null) {
        continue;
      }
      String slug = node.path("slug").asText();
      T first = bySlug.get(slug);
      if (first != null) {
        rejected.add(
            reject(name, "duplicate slug '" + slug + "' (first in " + fileOf.apply(first) + ")"));
        continue;
      }
      try {
        bySlug.put(slug, mapper.apply(name, node));
      } catch (InvalidInputException | IllegalArgumentException e) {
        rejected.add(reject(name, describe(e)));
      }
    }
    return bySlug;
  }

  private JsonSchema schema(String name) {
    Path file = directory.resolve(name);
    JsonNode node;
    try {
      node = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new InvalidInputException(
          name, ViolationCode.MALFORMED_JSON, "the directory's schema is missing or unreadable");
    }
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    try {
      return FACTORY.getSchema(node, config);
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          name, ViolationCode.MALFORMED_JSON, "the directory's schema is not a JSON Schema");
    }
  }

  /**
   * The record files of a folder in name order: every regular file whose name does not start with a
   * dot, with or without {@code .json}; none when the folder is absent.
   */
  private List<Path> records(String folder) throws IOException {
    Path dir = directory.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .toList();
    }
  }

  /** The record, valid against the schema, or null after adding its rejection. */
  private static JsonNode parse(
      Path file, String name, JsonSchema schema, List<Rejection> rejected) {
    try {
      if (Files.size(file) > MAX_RECORD_BYTES) {
        rejected.add(reject(name, "larger than " + MAX_RECORD_BYTES + " bytes"));
        return null;
      }
      JsonNode node = MAPPER.readTree(file.toFile());
      if (node == null || node.isMissingNode()) {
        rejected.add(reject(name, "malformed JSON: the file is empty"));
        return null;
      }
      Set<ValidationMessage> messages = schema.validate(node);
      if (!messages.isEmpty()) {
        rejected.add(reject(name, schemaViolation(messages)));
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      rejected.add(
          reject(
              name,
              at == null
                  ? "malformed JSON"
                  : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()));
      return null;
    } catch (IOException e) {
      rejected.add(reject(name, "unreadable (" + e.getClass().getSimpleName() + ")"));
      return null;
    }
  }

  /** The first violation (in pointer order) with its JSON pointer, and how many more there are. */
  private static String schemaViolation(Set<ValidationMessage> messages) {
    List<ValidationMessage> sorted = new ArrayList<>(messages);
    sorted.sort(
        Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
            .thenComparing(ValidationMessage::getMessage));
    ValidationMessage first = sorted.get(0);
    String pointer = first.getInstanceLocation().toString();
    String text = first.getMessage();
    if (text.startsWith(pointer + ": ")) {
      text = text.substring(pointer.length() + 2);
    }
    String more = sorted.size() > 1 ? " (and " + (sorted.size() - 1) + " more)" : "";
    return "schema violation at " + (pointer.isEmpty() ? "/" : pointer) + ": " + text + more;
  }

  private static String describe(RuntimeException e) {
    if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
      var v = invalid.violations().get(0);
      return "not a valid profile: " + v.field() + " " + v.code();
    }
    // the message of a JDK exception may quote the record's value: only its type is named
    return "not a valid record (" + e.getClass().getSimpleName() + ")";
  }

  private static Rejection reject(String file, String reason) {
    String capped =
        reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
    return new Rejection(file, capped);
  }
}
