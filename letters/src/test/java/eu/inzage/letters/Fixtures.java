package eu.inzage.letters;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Test data shared by the letter tests. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  static final Letters LETTERS = Letters.builder().clock(CLOCK).build();

  private Fixtures() {}

  static Organisation organisation() {
    return new Organisation(
        "Stichting Inzage Collectief",
        "stichting",
        "KvK 12345678",
        Address.of("Keizersgracht 100", "1015 AA", "Amsterdam", "NL"),
        "verzoeken@inzage.example",
        "https://inzage.example",
        "mr. A. de Vries, bestuurder",
        "Protecting the privacy of internet users, not for profit");
  }

  static Participant participant(String name, String language) {
    return new Participant(
        "p-000123",
        name,
        "zoe@example.org",
        "+31612345678",
        LocalDate.of(1990, 2, 14),
        "NL",
        language,
        Address.of("Prinsengracht 263", "1016 GV", "Amsterdam", "NL"),
        Map.of("tiktok", new Account("@zoe", "zoe@example.org", null, null)));
  }

  static ControllerProfile controller(String id) {
    return ControllerProfiles.builtIn().require(id);
  }

  static LetterFacts facts() {
    return new LetterFacts(
        LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 10, 1),
        EnumSet.of(AccessItem.RECIPIENTS, AccessItem.RETENTION, AccessItem.AUTOMATED_DECISIONS),
        List.of(
            new LetterEvent(LocalDate.of(2026, 9, 1), "Request submitted through the web form"),
            new LetterEvent(LocalDate.of(2026, 9, 20), "Controller sent a partial ZIP export")),
        null,
        null,
        null,
        null,
        null);
  }

  static LetterInput input(LetterKind kind, String language) {
    return LetterInput.of(
            kind,
            participant("Zoë Ångström-Łukasiewicz", "nl"),
            controller("tiktok"),
            organisation())
        .withLanguage(language)
        .withFacts(facts());
  }
}
