package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.model.AccessItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reply's own text — a letter's sentences, a file or section name — may name the participant or
 * a third party, so no value of the replies API prints it in {@code toString()}.
 */
class RedactedToStringTest {
  private static final String NAME = "Jan de Vries";
  private static final String EMAIL = "jan.devries@example.nl";

  static Stream<Object> valuesHoldingTheReplysText() {
    String letter =
        "Dear "
            + NAME
            + ",\nwe hold no personal data about you ("
            + EMAIL
            + ").\nWe act only as a processor for our customers, such as "
            + NAME
            + "'s employer.\n";
    Assessment noData = ReplyAssessor.assessLetter("palantir", "We hold no data about " + NAME);
    Assessment processor = ReplyAssessor.assessLetter("palantir", letter);
    Category chat = new Category("Direct Message/Chat History with " + NAME, 3, null, null);
    Assessment export =
        ReplyAssessor.assessExport(
            "tiktok", new ExportReading(Generation.CURRENT, List.of(chat), 0));
    return Stream.concat(
        Stream.of(
            noData,
            processor,
            export,
            chat,
            new Finding(AccessItem.CONFIRMATION, ItemStatus.ANSWERED, NAME + " " + EMAIL),
            new Statement(Statement.Kind.NO_DATA, "no data about " + NAME + " " + EMAIL)),
        Stream.of(
                noData.findings(),
                processor.findings(),
                ReplyStatements.find(letter),
                export.categories())
            .flatMap(List::stream));
  }

  @ParameterizedTest
  @MethodSource("valuesHoldingTheReplysText")
  void toStringShowsNoneOfTheReplysText(Object value) {
    assertThat(value.toString())
        .doesNotContain("Jan")
        .doesNotContain("Vries")
        .doesNotContain("example.nl")
        .startsWith(value.getClass().getSimpleName() + "[");
  }

  @ParameterizedTest
  @MethodSource("valuesHoldingTheReplysText")
  void theAccessorsStillGiveTheTextAndToStringTheCounts(Object value) {
    String text;
    if (value instanceof Assessment a) {
      text =
          a.findings().stream().map(Finding::evidence).reduce("", String::concat)
              + a.categories().stream().map(Category::name).reduce("", String::concat);
      assertThat(a.toString())
          .contains(a.controller())
          .contains("CONFIRMATION=" + a.status(AccessItem.CONFIRMATION))
          .contains(a.findings().size() + " findings");
    } else if (value instanceof Finding f) {
      text = f.evidence();
      assertThat(f.toString()).contains(f.item() + " " + f.status());
    } else if (value instanceof Statement s) {
      text = s.evidence();
      assertThat(s.toString()).contains(s.kind().name());
    } else if (value instanceof Category c) {
      text = c.name();
      assertThat(c.toString()).contains("records=" + c.records());
    } else {
      throw new AssertionError(value.getClass());
    }
    assertThat(text.toLowerCase(Locale.ROOT)).contains("vries");
  }
}
