package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterFactsFromHistoryTest {
  private static final ControllerProfile PALANTIR =
      ControllerProfiles.builtIn().require("palantir");
  private static final LocalDate AS_OF = LocalDate.of(2021, 10, 1);
  private static final Lifecycle LIFECYCLE = Lifecycle.standard();

  private static RequestHistory history(RequestEvent... later) {
    List<RequestEvent> events = new ArrayList<>();
    events.add(
        new RequestEvent.Submitted(Instant.parse("2021-07-28T10:00:00Z"), ChannelType.EMAIL, "m1"));
    events.addAll(List.of(later));
    return new RequestHistory("r-1", "p-1", "palantir", "NL", events);
  }

  @Test
  void fromHistory_nothingAnswered_everyItemMissingAndDatesFromTheEngine() {
    LetterFacts facts = LetterFacts.fromHistory(history(), PALANTIR, AS_OF, LIFECYCLE);

    assertThat(facts.received()).isEqualTo(LocalDate.of(2021, 7, 28));
    assertThat(facts.due()).isEqualTo(LocalDate.of(2021, 8, 30)); // 28 Aug is a Saturday
    assertThat(facts.missing()).containsExactlyElementsOf(List.of(AccessItem.values()));
    assertThat(facts.events()).extracting(LetterEvent::kind).containsExactly("submitted");
  }

  @Test
  void fromHistory_bareProcessorClaim_answersNothing() {
    LetterFacts facts =
        LetterFacts.fromHistory(
            history(new RequestEvent.ProcessorOnlyClaimed(Instant.parse("2021-08-20T10:00:00Z"))),
            PALANTIR,
            AS_OF,
            LIFECYCLE);

    assertThat(facts.missing()).hasSize(AccessItem.values().length);
    assertThat(facts.events())
        .extracting(LetterEvent::date, LetterEvent::kind)
        .last()
        .isEqualTo(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 8, 20), "processorOnlyClaimed"));
  }

  @Test
  void fromHistory_noDataHeld_isAnAnswerWithNothingMissing() {
    LetterFacts facts =
        LetterFacts.fromHistory(
            history(new RequestEvent.NoDataHeld(Instant.parse("2021-08-20T10:00:00Z"))),
            PALANTIR,
            AS_OF,
            LIFECYCLE);

    assertThat(facts.missing()).isEmpty();
  }

  @Test
  void fromHistory_notYetSubmitted_statesNoDates() {
    LetterFacts facts =
        LetterFacts.fromHistory(
            new RequestHistory("r-1", "p-1", "palantir", "NL", List.of()),
            PALANTIR,
            AS_OF,
            LIFECYCLE);

    assertThat(facts.received()).isNull();
    assertThat(facts.due()).isNull();
    assertThat(facts.missing()).isEmpty();
  }
}
