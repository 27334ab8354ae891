package eu.inzage.campaign;

import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.AccessRequest;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Campaign;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Right;
import eu.inzage.core.model.Wave;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/** Test data: one campaign, participants with recognisable personal data, their requests. */
final class Samples {
  static final String CAMPAIGN = "somi-2021";
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private Samples() {}

  static Organisation foundation() {
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

  static Campaign campaign(String id) {
    return new Campaign(
        id,
        "SOMI collective access request",
        foundation(),
        List.of("tiktok", "zoom", "palantir"),
        List.of(
            new Wave("wave-1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)),
            new Wave("wave-2", LocalDate.of(2026, 3, 16), null)),
        "somi-2021");
  }

  /** Participant i: a name and address no other test data contain. */
  static Registration participant(int i) {
    return new Registration(
        participantId(i), "Zoë Ångström-" + i, "zoe" + i + "@example.org", "NL", "nl");
  }

  static String participantId(int i) {
    return String.format("p-%06d", i);
  }

  /** The request of participant i to a controller; its reference says nothing about the person. */
  static AccessRequest request(String campaignId, int i, String controller) {
    return new AccessRequest(
        reference(i, controller),
        participantId(i),
        controller,
        EnumSet.of(Right.ACCESS),
        EnumSet.allOf(AccessItem.class),
        "nl",
        null,
        campaignId,
        "wave-1",
        START);
  }

  static String reference(int i, String controller) {
    return String.format("r-%06d-%s", i, controller);
  }

  /** A clock the test moves forward. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
