package eu.inzage.core;

import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Campaign;
import eu.inzage.core.model.FollowUp;
import eu.inzage.core.model.Mandate;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.Right;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import eu.inzage.core.model.Wave;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test participants and other model values; the names and e-mails are what leak tests look for. */
public final class Fixtures {
  /** A fixed clock: 2026-11-28, noon UTC. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  /** A name with letters from several alphabets, to be searched for in logs and messages. */
  public static final String NAME = "Zoë Ångström-Łukasiewicz";

  /** An e-mail address to be searched for in logs and messages. */
  public static final String EMAIL = "zoe.angstrom@example.org";

  private Fixtures() {}

  /** The participant of {@code docs/formats.md#participant}. */
  public static Participant zoe() {
    Map<String, Account> accounts = new LinkedHashMap<>();
    accounts.put("tiktok", new Account("@zoe", EMAIL, null, null));
    accounts.put("zoom", new Account(null, "zoe@work.example", null, null));
    return Participant.builder()
        .id("p-000123")
        .name(NAME)
        .email(EMAIL)
        .phone("+31612345678")
        .birthDate(LocalDate.of(1990, 2, 14))
        .residence("NL")
        .language("nl")
        .address(new Address("Prinsengracht 263", "1016 GV", "Amsterdam", null, "NL"))
        .accounts(accounts)
        .build();
  }

  /** A claim foundation. */
  public static Organisation foundation() {
    return Organisation.builder()
        .name("Stichting Onderzoek Marktinformatie")
        .legalForm("Stichting")
        .registration("KvK 12345678")
        .address(Address.of("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"))
        .email("inzage@somi.example")
        .website("https://somi.example")
        .signatory("A. de Vries")
        .statutoryObjectives("Protecting the privacy of consumers, not for profit.")
        .build();
  }

  /** An access request to TikTok. */
  public static AccessRequest request() {
    return new AccessRequest(
        "r-000123-tiktok",
        "p-000123",
        "tiktok",
        EnumSet.of(Right.ACCESS),
        EnumSet.allOf(AccessItem.class),
        "en",
        "m-000123",
        "somi-2021",
        "wave-1",
        Instant.parse("2021-07-28T09:00:00Z"));
  }

  /** A signed mandate with a typed signature. */
  public static Mandate mandate() {
    return Mandate.builder()
        .id("m-000123")
        .principal(zoe())
        .agent(foundation())
        .controllers(List.of("tiktok", "zoom", "palantir"))
        .rights(EnumSet.of(Right.ACCESS))
        .mayReceiveData(true)
        .followUp(EnumSet.allOf(FollowUp.class))
        .subDelegation(true)
        .signedOn(LocalDate.of(2021, 7, 1))
        .signedAt("Amsterdam")
        .validUntil(LocalDate.of(2026, 7, 1))
        .revocation("By e-mail to the foundation; effective on receipt.")
        .adultDeclared(true)
        .languages(List.of("nl", "en"))
        .signature(
            new SignatureEvidence(
                SignatureKind.TYPED,
                NAME,
                null,
                Instant.parse("2021-07-01T10:15:00Z"),
                "192.0.2.10",
                "verify-7f3a"))
        .textSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        .build();
  }

  /** The SOMI campaign. */
  public static Campaign campaign() {
    return new Campaign(
        "somi-2021",
        "SOMI collective access request",
        foundation(),
        List.of("tiktok", "zoom", "palantir"),
        List.of(
            new Wave("wave-1", LocalDate.of(2021, 7, 28), LocalDate.of(2021, 7, 29)),
            new Wave("wave-2", LocalDate.of(2021, 8, 11), null)),
        "somi-2021");
  }

  /**
   * The violations ("field CODE") of the {@link InvalidInputException} that the call throws; fails
   * when it throws nothing or something else.
   */
  public static java.util.List<String> violationsOf(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    org.assertj.core.api.Assertions.assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown)
        .violations().stream().map(v -> v.field() + " " + v.code()).toList();
  }

  /** A set of every right, for tests that need many. */
  public static Set<Right> allRights() {
    return EnumSet.allOf(Right.class);
  }
}
