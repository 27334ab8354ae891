package eu.inzage.benchmarks;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.Letters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The access letter as PDF/A-2b (cached font program and subset) against the same letter with the
 * font loaded and subset afresh for every document, and against the same text in a standard-14 font
 * with no embedding and no PDF/A parts. Each operation composes the letter and writes the whole
 * file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LetterBenchmark {
  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private Letters letters;
  private Letters naive;
  private LetterInput input;

  /** Builds the inputs and warms the font cache. */
  @Setup
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
    letters = Letters.builder().clock(clock).build();
    naive = Letters.builder().clock(clock).cacheFonts(false).build();
    Participant participant =
        Participant.builder()
            .id("p-000123")
            .name("Zoë Ångström-Łukasiewicz")
            .email("zoe@example.org")
            .phone("+31612345678")
            .birthDate(LocalDate.of(1990, 2, 14))
            .residence("NL")
            .language("nl")
            .address(Address.of("Prinsengracht 263", "1016 GV", "Amsterdam", "NL"))
            .account("tiktok", new Account("@zoe", "zoe@example.org", null, null))
            .build();
    Organisation organisation =
        Organisation.builder()
            .name("Stichting Inzage Collectief")
            .legalForm("stichting")
            .registration("KvK 12345678")
            .address(Address.of("Keizersgracht 100", "1015 AA", "Amsterdam", "NL"))
            .email("verzoeken@inzage.example")
            .website("https://inzage.example")
            .signatory("mr. A. de Vries")
            .build();
    input =
        LetterInput.of(
                LetterKind.ACCESS,
                participant,
                ControllerProfiles.builtIn().require("tiktok"),
                organisation)
            .withFacts(LetterFacts.dates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2)));
    letters.compose(input).toPdf();
  }

  /** The access letter as PDF/A-2b with the cached font program. */
  @Benchmark
  public byte[] accessLetterPdfA() {
    return letters.compose(input).toPdf().bytes();
  }

  /** The same letter with the TrueType font loaded and subset afresh for every document. */
  @Benchmark
  public byte[] baselineNaivePdfA() {
    return naive.compose(input).toPdf().bytes();
  }

  /** The same text in Helvetica (standard 14, not embedded), no PDF/A parts. */
  @Benchmark
  public byte[] baselinePlainPdf() throws IOException {
    return plainPdf(letters.compose(input).text());
  }

  private static byte[] plainPdf(String text) throws IOException {
    PDType1Font font = HELVETICA;
    float size = 10;
    float leading = 13.4f;
    float left = 70;
    float width = PDRectangle.A4.getWidth() - 70 - 57;
    List<String> lines = new ArrayList<>();
    float space = font.getStringWidth(" ") / 1000 * size;
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String word : winAnsi(paragraph).split(" ")) {
        float w = font.getStringWidth(word) / 1000 * size;
        if (line.length() > 0 && lineWidth + space + w > width) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        if (line.length() > 0) {
          line.append(' ');
          lineWidth += space;
        }
        line.append(word);
        lineWidth += w;
      }
      lines.add(line.toString());
    }
    try (PDDocument doc = new PDDocument()) {
      int index = 0;
      while (index < lines.size()) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          float y = PDRectangle.A4.getHeight() - 70;
          while (index < lines.size() && y > 62) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(left, y);
            content.showText(lines.get(index++));
            content.endText();
            y -= leading;
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** Replaces what WinAnsiEncoding cannot show, as a standard-14 font requires. */
  private static String winAnsi(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c < 0x100 || c == '\u2013' || c == '\u2022' ? c : '?');
    }
    return out.toString();
  }
}
