package eu.inzage.letters.internal.compose;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.SupervisoryAuthority;
import eu.inzage.letters.LetterEvent;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.internal.template.Labels;
import eu.inzage.letters.internal.template.Scope;
import java.time.LocalDate;
import java.util.List;

/**
 * What a complaint (Art. 77 GDPR, alone or collectively under Art. 80(1)) may state about a request
 * and the authority it goes to: only facts on record. A participant's answer is described by the
 * events recorded for the request, the period of Art. 12(3) must have ended, and the competence of
 * the authority (Art. 55, 56) follows from the controller's establishment.
 */
public final class Findings {
  private static final java.util.regex.Pattern REFERENCES =
      java.util.regex.Pattern.compile(",\\s*");

  /** What the controller answered, by the events on record. */
  public enum Answer {
    /** No answer on record: every event has a kind, none of them an answer. */
    NONE,
    /**
     * An answer that the organisation found incomplete ({@code fulfilled}, {@code
     * partiallyFulfilled}).
     */
    INCOMPLETE,
    /** A refusal ({@code refused}). */
    REFUSED,
    /** The controller said it holds no data ({@code noDataHeld}). */
    NO_DATA,
    /** The controller said it acts only as a processor ({@code processorOnlyClaimed}). */
    PROCESSOR,
    /** Only free-text events: the letter states them as they are and classifies nothing. */
    UNCLASSIFIED
  }

  private Findings() {}

  /** The answer the events record, the latest answer winning. */
  public static Answer answer(LetterFacts facts) {
    Answer answer = null;
    boolean freeText = false;
    for (LetterEvent event : facts.events()) {
      if (event == null) {
        continue;
      }
      if (event.kind() == null) {
        freeText = true;
        continue;
      }
      switch (event.kind()) {
        case "fulfilled", "partiallyFulfilled" -> answer = Answer.INCOMPLETE;
        case "refused" -> answer = Answer.REFUSED;
        case "noDataHeld" -> answer = Answer.NO_DATA;
        case "processorOnlyClaimed" -> answer = Answer.PROCESSOR;
        default -> {
          // an event that is no answer (submitted, acknowledged, reminderSent …)
        }
      }
    }
    if (answer != null) {
      return answer;
    }
    return freeText ? Answer.UNCLASSIFIED : Answer.NONE;
  }

  /**
   * The end of the period (Art. 12(3)): the facts' due date, else counted from the receipt with the
   * engine; null when neither is known.
   */
  public static LocalDate due(
      LetterFacts facts, ControllerProfile controller, String residence, DeadlineEngine engine) {
    if (facts.due() != null || facts.received() == null) {
      return facts.due();
    }
    return engine.compute(engine.queryFor(facts.received(), controller, residence).build()).due();
  }

  /**
   * Refuses a complaint about a request whose period has not ended by {@code today}: a complaint
   * states that the controller did not answer in time only once that is a fact. Without a due date
   * (and no receipt to count it from) a single complaint states no dates and passes; a collective
   * complaint ({@code required}) needs the date.
   *
   * @param path the path of the facts in the input ({@code facts}, {@code participants.17.facts})
   * @throws InvalidInputException {@code INVALID_VALUE} at {@code PATH.due} when the period has not
   *     ended, {@code REQUIRED} when it is required and unknown
   */
  public static void requireLate(LocalDate due, LocalDate today, String path, boolean required) {
    if (due == null) {
      if (required) {
        throw new InvalidInputException(
            path + ".due",
            ViolationCode.REQUIRED,
            "a complaint needs the end of the period (due, or received to count it from)");
      }
      return;
    }
    if (!today.isAfter(due)) {
      throw new InvalidInputException(
          path + ".due",
          ViolationCode.INVALID_VALUE,
          "the period of Art. 12(3) GDPR has not ended: no complaint about it yet");
    }
  }

  /**
   * A reference such as {@code 15(1)(c)} (or several, comma-separated) in the citation style of the
   * labels' language: {@code art. 15 lid 1 onder c AVG}, {@code Art. 15 Abs. 1 lit. c DSGVO},
   * {@code article 15, paragraphe 1, point c) du RGPD}, {@code Art. 15(1)(c) GDPR}.
   */
  public static String cite(String references, Labels labels) {
    return REFERENCES
        .splitAsStream(references)
        .map(reference -> Composer.cite(reference.strip(), labels))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /**
   * Puts what a complaint says about its authority and the controller into the scope: {@code
   * authority}; {@code leadAuthority} and {@code leadCountry} when another authority leads (Art.
   * 56); {@code noOneStopShop} when the controller has no main establishment in the Union, so that
   * the authority of the residence is competent (Art. 55, 77(1)); and the controller's Art. 27
   * representative ({@code representative}, {@code representativeAddress}) or {@code
   * noRepresentative}.
   */
  static void authority(
      Scope scope,
      SupervisoryAuthority authority,
      ControllerProfile controller,
      SupervisoryAuthorities authorities,
      Composer composer,
      Labels labels) {
    scope.put("authority", authority.name());
    if (controller.leadAuthority() != null
        && !controller.leadAuthority().equals(authority.country())) {
      authorities
          .find(controller.leadAuthority())
          .ifPresent(
              lead ->
                  scope
                      .put("leadAuthority", lead.name())
                      .put("leadCountry", Composer.country(lead.country(), labels)));
    }
    scope.flag("noOneStopShop", controller.leadAuthority() == null);
    if (controller.representative() != null) {
      scope.put("representative", controller.representative().name());
      if (controller.representative().address() != null) {
        scope.put(
            "representativeAddress",
            composer.oneLine(controller.representative().address(), labels));
      }
    }
    scope.flag(
        "noRepresentative",
        controller.leadAuthority() == null && controller.representative() == null);
  }

  /**
   * Puts the organisation's standing under Art. 80(1) into the scope: {@code constitutedUnder} (the
   * law it is constituted under, in the letter's language), {@code statutes} and {@code
   * registryExtract} (how the enclosures are named).
   */
  static void standing(Scope scope, Organisation org, Labels labels) {
    String country =
        org.constitutedUnder() != null
            ? org.constitutedUnder()
            : org.address() == null ? null : org.address().country();
    if (country != null) {
      scope.put(
          "constitutedUnder",
          labels.has("constitutedUnder." + country)
              ? labels.get("constitutedUnder." + country)
              : labels.format(
                  "constitutedUnder.other",
                  Scope.root("law").put("country", Composer.country(country, labels))));
    }
    Scope names = Scope.root("standing").put("organisation", org.name());
    scope.put(
        "statutes",
        org.statutes() != null && !org.statutes().isBlank()
            ? org.statutes().strip()
            : labels.format("enclosure.statutes", names));
    String registration = org.registration() == null ? null : org.registration().strip();
    scope.put(
        "registryExtract",
        org.registryExtract() != null && !org.registryExtract().isBlank()
            ? org.registryExtract().strip()
            : registration != null && !registration.isEmpty()
                ? labels.format("enclosure.registryNumber", names.put("registration", registration))
                : labels.format("enclosure.registry", names));
  }

  /** The day of the latest answer on record, or null. */
  static LocalDate answeredOn(LetterFacts facts) {
    LocalDate on = null;
    for (LetterEvent event : facts.events()) {
      if (event != null
          && event.kind() != null
          && List.of(
                  "fulfilled",
                  "partiallyFulfilled",
                  "refused",
                  "noDataHeld",
                  "processorOnlyClaimed")
              .contains(event.kind())) {
        on = event.date();
      }
    }
    return on;
  }
}
