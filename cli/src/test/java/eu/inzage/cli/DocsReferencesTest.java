package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project documents itself in {@code docs/}: no file of the repository (outside {@code target/}
 * and {@code .git}) names the team's internal note files, and every {@code docs/…md} path that
 * code, help texts, templates, the README or the documentation itself mention exists, with the
 * heading its {@code #anchor} names. Relative Markdown links are checked the same way.
 */
class DocsReferencesTest {
  /** The internal note files (the names are split so that this file does not contain them). */
  private static final Pattern INTERNAL_NOTES = Pattern.compile("\\b(?:LAW|DESIGN|STYLE)\\.md\\b");

  /** A path into docs/, optionally with an anchor, as code, help texts and the README write it. */
  private static final Pattern DOCS_PATH =
      Pattern.compile("(?<![A-Za-z0-9_./-])(docs/[A-Za-z0-9_./-]*?\\.md)(#[A-Za-z0-9_-]+)?");

  /** A relative Markdown link: {@code [text](target#anchor)}. */
  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)\\s#]+)(#[^)\\s]+)?\\)");

  /** A link to a heading of the same Markdown file: {@code [text](#anchor)}. */
  private static final Pattern IN_PAGE_LINK = Pattern.compile("\\]\\((#[^)\\s]+)\\)");

  private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules", ".idea");

  private static Path root;
  private static Map<Path, String> texts;

  @BeforeAll
  static void readRepository() throws IOException {
    root = repositoryRoot();
    texts = new HashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> root.relativize(p).getNameCount() > 0)
          .filter(p -> !skipped(root.relativize(p)))
          .filter(Files::isRegularFile)
          .forEach(p -> read(p).ifPresent(text -> texts.put(p, text)));
    }
  }

  @Test
  void repository_anyFile_namesNoInternalNote() {
    List<String> offenders = new ArrayList<>();
    texts.forEach(
        (file, text) -> {
          Matcher m = INTERNAL_NOTES.matcher(text);
          while (m.find()) {
            offenders.add(where(file, text, m.start()) + " " + m.group());
          }
        });

    assertThat(texts).as("files scanned").hasSizeGreaterThan(100);
    assertThat(offenders).isEmpty();
  }

  @Test
  void docsPaths_mentionedInCodeHelpAndReadme_exist() {
    List<String> broken = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    texts.forEach(
        (file, text) -> {
          if (file.getFileName().toString().equals("DocsReferencesTest.java")) {
            return; // this test names the files it expects; they must come from elsewhere
          }
          Matcher m = DOCS_PATH.matcher(text);
          while (m.find()) {
            Path target = root.resolve(m.group(1)).normalize();
            seen.add(m.group(1));
            String problem = problem(target, m.group(2));
            if (problem != null) {
              broken.add(where(file, text, m.start()) + " " + m.group() + ": " + problem);
            }
          }
        });

    assertThat(seen)
        .as("docs paths mentioned")
        .contains(
            "docs/law/deadlines.md",
            "docs/law/eligibility.md",
            "docs/law/mandate.md",
            "docs/law/identity.md",
            "docs/law/access-right.md",
            "docs/controllers.md",
            "docs/authorities.md",
            "docs/formats.md",
            "docs/architecture.md");
    assertThat(broken).isEmpty();
  }

  @Test
  void markdownLinks_relative_resolveToFilesAndHeadings() {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Map.Entry<Path, String> entry : texts.entrySet()) {
      Path file = entry.getKey();
      if (!file.getFileName().toString().endsWith(".md")) {
        continue;
      }
      String text = withoutFencedCode(entry.getValue());
      Matcher m = MARKDOWN_LINK.matcher(text);
      while (m.find()) {
        links++;
        Path target = file.getParent().resolve(m.group(1)).normalize();
        String problem =
            target.startsWith(root) ? problem(target, m.group(2)) : "points outside the repository";
        if (problem != null) {
          broken.add(where(file, text, m.start()) + " " + m.group() + ": " + problem);
        }
      }
      Matcher local = IN_PAGE_LINK.matcher(text);
      while (local.find()) {
        links++;
        String problem = problem(file, local.group(1));
        if (problem != null) {
          broken.add(where(file, text, local.start()) + " " + local.group() + ": " + problem);
        }
      }
    }

    assertThat(links).as("relative links checked").isGreaterThan(30);
    assertThat(broken).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Article 15: what an answer contains | article-15-what-an-answer-contains",
        "Article 80: representation by a not-for-profit body"
            + " | article-80-representation-by-a-not-for-profit-body",
        "When the controller is late | when-the-controller-is-late",
        "The built-in policy somi-2021 | the-built-in-policy-somi-2021",
        "The `inzage` command | the-inzage-command",
        "Roll-over | roll-over"
      })
  void anchor_heading_isGitHubSlug(String heading, String anchor) {
    assertThat(slug(heading)).isEqualTo(anchor);
  }

  /** Null when the target exists (and has the anchor's heading), else what is wrong. */
  private static String problem(Path target, String anchor) {
    if (anchor == null && Files.isDirectory(target)) {
      return null; // a link to a folder, e.g. docs/samples/
    }
    if (!Files.isRegularFile(target)) {
      return "no such file";
    }
    if (anchor == null || !target.getFileName().toString().endsWith(".md")) {
      return null;
    }
    String text = texts.get(target);
    if (text == null) {
      return "unreadable";
    }
    return anchors(text).contains(anchor.substring(1)) ? null : "no heading for " + anchor;
  }

  /** The anchors GitHub gives the headings of a Markdown text. */
  private static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> used = new HashMap<>();
    for (String line : withoutFencedCode(markdown).split("\n", -1)) {
      Matcher heading = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$").matcher(line);
      if (heading.matches()) {
        String base = slug(heading.group(1));
        int n = used.merge(base, 1, Integer::sum);
        anchors.add(n == 1 ? base : base + "-" + (n - 1));
      }
    }
    return anchors;
  }

  /** GitHub's heading anchor: lower case, punctuation removed, spaces as hyphens. */
  private static String slug(String heading) {
    String lower = heading.strip().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    lower
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
              } else if (c == ' ') {
                out.append('-');
              }
            });
    return out.toString();
  }

  private static String withoutFencedCode(String markdown) {
    StringBuilder out = new StringBuilder();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        out.append('\n');
        continue;
      }
      out.append(fenced ? "" : line).append('\n');
    }
    return out.toString();
  }

  private static String where(Path file, String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return root.relativize(file) + ":" + line;
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** The file as UTF-8 text, or empty for a binary file. */
  private static java.util.Optional<String> read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
        if (bytes[i] == 0) {
          return java.util.Optional.empty();
        }
      }
      return java.util.Optional.of(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("core"))
          && Files.isDirectory(dir.resolve("cli"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found above the working directory");
  }
}
