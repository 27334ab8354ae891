package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a request file into letter facts, and the facts of a request sent now (Art. 12(3)). */
class RequestFactsTest {
  private static final RequestFacts FACTS =
      RequestFacts.of(ModelValidator.create(Fixtures.CLOCK), Lifecycle.standard());
  private static final LocalDate AS_OF = LocalDate.of(2021, 6, 9);

  private static LetterFacts read(String json) throws IOException {
    return FACTS.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        Fixtures.controller("tiktok"),
        AS_OF);
  }

  @Test
  void read_letterFacts_keepsDatesAndMissingItems() throws Exception {
    LetterFacts facts =
        read("{\"received\":\"2026-09-01\",\"due\":\"2026-10-01\",\"missing\":[\"RECIPIENTS\"]}");

    assertThat(facts.received()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(facts.due()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(facts.missing()).containsExactly(AccessItem.RECIPIENTS);
  }

  @Test
  void read_unknownItemCode_isInvalidValueNamingTheElement() {
    assertThatThrownBy(() -> read("{\"missing\":[\"RECIPIENTS\",\"COPY\",\"EVERYTHING\"]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field, Violation::code)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          "missing.2", ViolationCode.INVALID_VALUE));
              assertThat(e.violations().get(0).message())
                  .contains("RECIPIENTS", "COPY", "AUTOMATED_DECISIONS")
                  .doesNotContain("EVERYTHING");
            });
  }

  @Test
  void read_requestWithEvents_datesFromTheDeadlineEngineAndEveryItemMissing() throws Exception {
    LetterFacts facts =
        read(
            "{\"id\":\"r-1\",\"participantId\":\"p-1\",\"controllerId\":\"tiktok\","
                + "\"residence\":\"NL\",\"events\":[{\"type\":\"submitted\","
                + "\"at\":\"2021-03-05T09:30:00Z\",\"channel\":\"WEB_FORM\"}]}");

    assertThat(facts.received()).isEqualTo(LocalDate.of(2021, 3, 5));
    assertThat(facts.due()).isEqualTo(LocalDate.of(2021, 4, 6)); // Easter Monday 5 April (IE)
    assertThat(facts.missing()).containsExactlyInAnyOrder(AccessItem.values());
    assertThat(facts.events()).hasSize(1);
  }

  @Test
  void read_requestOfAnotherController_isInvalidControllerId() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\":\"r-1\",\"participantId\":\"p-1\",\"controllerId\":\"zoom\","
                        + "\"events\":[]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("controllerId"));
  }

  @Test
  void sentAt_accessByWebForm_receivedTheSameDayInTheControllersZone() {
    LetterFacts facts =
        FACTS.sentAt(
            LetterKind.ACCESS,
            Fixtures.controller("tiktok"),
            "NL",
            Instant.parse("2025-03-18T23:30:00Z")); // 23:30 in Dublin too (UTC+0 until 30 March)

    assertThat(facts.received()).isEqualTo(LocalDate.of(2025, 3, 18));
    assertThat(facts.due()).isEqualTo(LocalDate.of(2025, 4, 18));
  }

  @Test
  void sentAt_reminder_statesNoDates() {
    LetterFacts facts =
        FACTS.sentAt(
            LetterKind.REMINDER,
            Fixtures.controller("tiktok"),
            "NL",
            Instant.parse("2025-03-18T10:00:00Z"));

    assertThat(facts.received()).isNull();
    assertThat(facts.due()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"EMAIL, true", "WEB_FORM, true", "PORTAL, true", "POST, false"})
  void isElectronic_byChannel(ChannelType channel, boolean electronic) {
    assertThat(RequestFacts.isElectronic(channel)).isEqualTo(electronic);
  }
}
