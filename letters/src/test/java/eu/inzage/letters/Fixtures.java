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

/** Test data shared by the letter tests. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
  static final Letters LETTERS = Letters.builder().clock(CLOCK).build();

  /** The day the participant of the fixtures signed the erasure instruction (Art. 17). */
  static final LocalDate ERASURE_INSTRUCTED = LocalDate.of(2026, 11, 20);

  private Fixtures() {}

  static Organisation organisation() {
    return organisation(null, null);
  }

  /** The organisation with its mandates' governing law and its objectives' language, or nulls. */
  static Organisation organisation(String governingLaw, String objectivesLanguage) {
    return Organisation.builder()
        .name("Stichting Inzage Collectief")
        .legalForm("stichting")
        .registration("KvK 12345678")
        .address(Address.of("Keizersgracht 100", "1015 AA", "Amsterdam", "NL"))
        .email("verzoeken@inzage.example")
        .website("https://inzage.example")
        .signatory("mr. A. de Vries, bestuurder")
        .statutoryObjectives("Protecting the privacy of internet users, not for profit")
        .statutoryObjectivesLanguage(objectivesLanguage)
        .governingLaw(governingLaw)
        .build();
  }

  static Participant participant(String name, String language) {
    return participant(name, language, "zoe@example.org");
  }

  /** The participant with a contact e-mail address of her own (her TikTok account has another). */
  static Participant participant(String name, String language, String email) {
    return Participant.builder()
        .id("p-000123")
        .name(name)
        .email(email)
        .phone("+31612345678")
        .birthDate(LocalDate.of(1990, 2, 14))
        .residence("NL")
        .language(language)
        .address(Address.of("Prinsengracht 263", "1016 GV", "Amsterdam", "NL"))
        .account("tiktok", new Account("@zoe", "zoe@example.org", null, null))
        .build();
  }

  static ControllerProfile controller(String id) {
    return ControllerProfiles.builtIn().require(id);
  }

  static LetterFacts facts() {
    return LetterFacts.builder()
        .received(LocalDate.of(2026, 9, 1))
        .due(LocalDate.of(2026, 10, 1))
        .missing(
            EnumSet.of(AccessItem.RECIPIENTS, AccessItem.RETENTION, AccessItem.AUTOMATED_DECISIONS))
        .event(new LetterEvent(LocalDate.of(2026, 9, 1), "Request submitted through the web form"))
        .event(new LetterEvent(LocalDate.of(2026, 9, 20), "Controller sent a partial ZIP export"))
        .erasureInstructedOn(ERASURE_INSTRUCTED)
        .signedOn(LocalDate.of(2026, 8, 25))
        .build();
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
