package eu.inzage.letters.internal.compose;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.model.AccessItem;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.SupervisoryAuthority;
import eu.inzage.letters.CollectiveEntry;
import eu.inzage.letters.CollectiveInput;
import eu.inzage.letters.CollectiveKind;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.internal.document.Block;
import eu.inzage.letters.internal.document.BodyBuilder;
import eu.inzage.letters.internal.document.LetterDocument;
import eu.inzage.letters.internal.document.Signature;
import eu.inzage.letters.internal.document.SignatureImage;
import eu.inzage.letters.internal.template.Labels;
import eu.inzage.letters.internal.template.Scope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Composes one volume of a collective letter as one document: the letter (from the {@code cover} or
 * {@code collective-complaint} template), the annex table of the volume's participants, and each
 * participant's mandate (the {@code mandate} template, as the single mandate letter has it) on its
 * own pages. Thread-safe.
 */
public final class CollectiveComposer {
  private static final String FALLBACK = "en";

  private final Composer composer;
  private final SupervisoryAuthorities authorities;
  private final DeadlineEngine deadlines;

  /**
   * A composer over the built-in templates and these authorities; due dates that a complaint's
   * facts leave open are computed with {@code deadlines} (the engine the {@code Letters} were built
   * with).
   */
  public CollectiveComposer(
      Composer composer, SupervisoryAuthorities authorities, DeadlineEngine deadlines) {
    this.composer = composer;
    this.authorities = authorities;
    this.deadlines = deadlines;
  }

  /**
   * The decisions for one collective letter (one per authority for a complaint), taken once for all
   * its volumes.
   *
   * @param authority the authority a complaint goes to, or null for a cover letter
   * @param language the language the letter is written in
   * @param requested the language wanted
   * @param fallback whether the wanted language had no templates, so English is used
   */
  public record Plan(
      SupervisoryAuthority authority, String language, String requested, boolean fallback) {}

  /**
   * The authority every participant's complaint goes to when {@link CollectiveInput#authority()}
   * names one (a country, or a German Land as ISO 3166-2 code such as {@code DE-BY}); null when
   * each participant's complaint goes to the authority of their own residence.
   *
   * @throws InvalidInputException naming {@code authority}: {@code UNKNOWN_COUNTRY} for a code
   *     without an authority, {@code INVALID_VALUE} for {@code DE} without the Land
   */
  public SupervisoryAuthority override(CollectiveInput input) {
    if (input.kind() != CollectiveKind.COMPLAINT || input.authority() == null) {
      return null;
    }
    String code = input.authority().strip().toUpperCase(Locale.ROOT);
    if (code.equals("DE")) {
      throw new InvalidInputException(
          "authority",
          ViolationCode.INVALID_VALUE,
          "in Germany the authority of the Land is competent: name it, such as DE-BY");
    }
    return authorities
        .find(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "authority",
                    ViolationCode.UNKNOWN_COUNTRY,
                    "no supervisory authority for this country"));
  }

  /**
   * The authority competent for one participant's complaint: the override, else the authority of
   * the participant's residence (a German Land's, see {@link
   * SupervisoryAuthorities#competent(String, eu.inzage.core.model.Address, String)}).
   *
   * @param path the entry's path, such as {@code participants.17}, for the violations
   */
  public SupervisoryAuthority authorityOf(
      SupervisoryAuthority override, Participant participant, String path) {
    return override != null
        ? override
        : authorities.competent(participant.residence(), participant.address(), path);
  }

  /** Chooses the language of a cover letter, or of the complaint to one authority. */
  public Plan plan(CollectiveInput input, SupervisoryAuthority authority) {
    String explicit = Composer.explicitLanguage(input.language());
    String requested;
    if (input.kind() == CollectiveKind.COMPLAINT) {
      requested =
          explicit != null
              ? explicit
              : authority == null ? FALLBACK : authority.complaintLanguage();
    } else {
      requested =
          explicit != null
              ? explicit
              : Composer.firstNonNull(input.controller().requestLanguage(), FALLBACK);
    }
    boolean fallback = !composer.supports(requested, input.kind().id());
    return new Plan(authority, fallback ? FALLBACK : requested, requested, fallback);
  }

  /**
   * Checks what a complaint may state about a participant (only facts on record): the period of
   * Art. 12(3) GDPR has ended.
   *
   * @throws InvalidInputException at {@code PATH.facts.due}: {@code REQUIRED} when neither due nor
   *     received is known, {@code INVALID_VALUE} when the period has not ended by {@code today}
   */
  public void checkLate(
      CollectiveEntry entry, ControllerProfile controller, LocalDate today, String path) {
    Findings.requireLate(
        Findings.due(entry.facts(), controller, entry.participant().residence(), deadlines),
        today,
        path + ".facts",
        true);
  }

  /**
   * One participant of a volume as it waits to be composed: the entry without the PNG of a drawn
   * signature, and that signature already decoded and scaled for the page (or null), so that a
   * volume never holds the participants' original images.
   *
   * @param entry the participant and facts (a drawn signature's PNG removed)
   * @param drawn the drawn signature for the page, or null
   */
  public record Member(CollectiveEntry entry, SignatureImage drawn) {}

  /**
   * Composes one volume.
   *
   * @param number the volume's number, from 1
   * @param volumes the number of volumes
   * @param first the position of {@code members.get(0)} in the wave, from 1
   * @param total the number of participants in the wave
   */
  public LetterDocument volume(
      CollectiveInput input,
      Plan plan,
      List<Member> members,
      int number,
      int volumes,
      long first,
      long total,
      LocalDate today) {
    String language = plan.language();
    Labels labels = composer.labels(language);
    ControllerProfile controller = input.controller();
    Organisation org = input.organisation();
    boolean complaint = input.kind() == CollectiveKind.COMPLAINT;
    long last = first + members.size() - 1;
    String reference =
        input.reference() != null
            ? input.reference().strip()
            : input.kind().id() + "/" + controller.id();

    Scope scope = Scope.root(language + "/" + input.kind().id());
    scope
        .put("organisation", org.name())
        .put("organisationEmail", Composer.blankToNull(org.email()))
        .put("legalForm", Composer.blankToNull(org.legalForm()))
        .put("registration", Composer.blankToNull(org.registration()))
        .put("objectives", Composer.blankToNull(org.statutoryObjectives()))
        .put("controller", controller.legalName())
        .put(
            "representative",
            controller.representative() == null ? null : controller.representative().name())
        .put("count", number(total, labels))
        .put("volume", Integer.toString(number))
        .put("volumes", Integer.toString(volumes))
        .put("first", number(first, labels))
        .put("last", number(last, labels))
        .put("inVolume", number(members.size(), labels))
        .flag("several", volumes > 1);
    if (!complaint) {
      // the cover cites the agency law of the mandates it encloses, as each mandate states it
      GoverningLaw.of(org).into(scope, labels);
    }
    SupervisoryAuthority authority = plan.authority();
    if (authority != null) {
      Findings.authority(scope, authority, controller, authorities, composer, labels);
      Findings.standing(scope, org, labels);
    }

    List<List<String>> rows = new ArrayList<>(members.size());
    List<Block> mandates = new ArrayList<>();
    long position = first;
    int late = 0;
    for (Member member : members) {
      CollectiveEntry entry = member.entry();
      Participant p = entry.participant();
      Composer.Composed mandate =
          composer.compose(
              new LetterInput(LetterKind.MANDATE, p, controller, org, null, entry.facts(), null),
              today,
              member.drawn());
      String mandateRef =
          mandate.reference() + "\nSHA-256 " + mandate.mandateSha256().substring(0, 16);
      String no = Long.toString(position);
      if (complaint) {
        Finding finding = finding(entry, controller, today);
        if (finding.daysLate() > 0) {
          late++;
        }
        rows.add(
            List.of(
                no,
                p.name() + "\n" + Composer.country(p.residence(), labels),
                finding.dates(this, labels),
                finding.daysLate() > 0 ? Long.toString(finding.daysLate()) : "\u2013",
                finding.missing(labels),
                mandateRef));
      } else {
        rows.add(List.of(no, p.name(), identifiers(p, controller, labels, scope), mandateRef));
      }
      bundle(mandates, mandate, labels, no);
      position++;
    }
    scope.put("late", number(late, labels)).flag("anyLate", late > 0);

    BodyBuilder builder = new BodyBuilder();
    composer.template(language, input.kind().id()).render(scope, builder);
    if (builder.subject() == null) {
      throw new IllegalStateException("template " + language + "/" + input.kind().id());
    }
    List<Block> body = new ArrayList<>(builder.blocks());
    List<String> signatory = new ArrayList<>();
    if (org.signatory() != null && !org.signatory().isBlank()) {
      signatory.add(org.signatory().strip());
    }
    signatory.add(org.name());
    body.add(
        new Block.Signed(
            builder.closing(), new Signature(null, null, null, signatory, List.of()), null));
    if (!builder.enclosures().isEmpty()) {
      body.add(new Block.Heading(labels.get("label.enclosures")));
      for (String enclosure : builder.enclosures()) {
        body.add(new Block.Bullet(enclosure));
      }
    }
    if (!builder.cc().isEmpty()) {
      body.add(new Block.Heading(labels.get("label.cc")));
      for (String cc : builder.cc()) {
        body.add(new Block.Bullet(cc));
      }
    }
    body.add(new Block.PageBreak());
    body.add(new Block.Heading(labels.format("annex.heading", scope)));
    body.add(
        complaint
            ? new Block.Table(
                List.of(
                    labels.get("annex.no"),
                    labels.get("annex.participant"),
                    labels.get("annex.request"),
                    labels.get("annex.late"),
                    labels.get("annex.missing"),
                    labels.get("annex.mandate")),
                List.of(5, 25, 18, 7, 19, 21),
                rows)
            : new Block.Table(
                List.of(
                    labels.get("annex.no"),
                    labels.get("annex.name"),
                    labels.get("annex.identifiers"),
                    labels.get("annex.mandate")),
                List.of(6, 26, 40, 28),
                rows));
    body.addAll(mandates);

    String subject =
        volumes > 1
            ? builder.subject() + " \u2013 " + labels.format("collective.volume", scope)
            : builder.subject();
    List<String> recipient =
        composer.recipient(
            complaint ? LetterKind.COMPLAINT : LetterKind.ACCESS,
            controller,
            authority,
            org,
            labels);
    String place = org.address() == null ? null : Composer.blankToNull(org.address().city());
    String date = composer.date(labels, today);
    List<LetterDocument.Field> info = new ArrayList<>();
    info.add(new LetterDocument.Field(labels.get("label.reference"), reference));
    info.add(
        new LetterDocument.Field(
            labels.get("label.date"), place == null ? date : place + ", " + date));
    if (volumes > 1) {
      info.add(
          new LetterDocument.Field(
              labels.get("label.volume"), labels.format("collective.volume", scope)));
    }
    return Composer.unsigned(
        labels, org, recipient, info, subject, builder.salutation(), body, subject);
  }

  /** A participant's mandate on its own pages, as the mandate letter prints it. */
  private static void bundle(List<Block> out, Composer.Composed mandate, Labels labels, String no) {
    LetterDocument doc = mandate.document();
    out.add(new Block.PageBreak());
    out.add(
        new Block.Heading(
            labels.format(
                "annex.field",
                Scope.root("annex")
                    .put("label", labels.get("annex.mandate") + " " + no)
                    .put("value", doc.subject()))));
    for (LetterDocument.Field field : doc.info()) {
      out.add(new Block.Field(field.label(), field.value()));
    }
    out.addAll(doc.body());
    out.add(new Block.Signed(doc.closing(), doc.signature(), doc.fingerprint()));
  }

  /** The identifiers of the controller's profile, one per line (the name has its own column). */
  private String identifiers(
      Participant p, ControllerProfile controller, Labels labels, Scope scope) {
    List<String> lines = new ArrayList<>();
    for (Scope id : composer.identifiers(p, controller, labels, scope, false)) {
      String label = id.text("label");
      if (label.equals(labels.get("identifier.name"))) {
        continue;
      }
      lines.add(
          labels.format(
              "annex.field",
              Scope.root("annex").put("label", label).put("value", id.text("value"))));
    }
    return String.join("\n", lines);
  }

  /** What a complaint says about one participant's request (Art. 12(3), Art. 15). */
  private record Finding(LocalDate received, LocalDate due, long daysLate, LetterFacts facts) {
    String dates(CollectiveComposer c, Labels labels) {
      List<String> lines = new ArrayList<>();
      if (received != null) {
        lines.add(
            labels.format(
                "annex.received",
                Scope.root("annex").put("date", c.composer.date(labels, received))));
      }
      if (due != null) {
        lines.add(
            labels.format(
                "annex.due", Scope.root("annex").put("date", c.composer.date(labels, due))));
      }
      return lines.isEmpty() ? "\u2013" : String.join("\n", lines);
    }

    String missing(Labels labels) {
      List<String> refs = new ArrayList<>();
      for (AccessItem item : facts.missing()) {
        refs.add(item.provision());
      }
      String items = refs.isEmpty() ? null : Findings.cite(String.join(", ", refs), labels);
      return switch (Findings.answer(facts)) {
        case NONE -> labels.get("annex.noAnswer");
        case INCOMPLETE ->
            items == null
                ? labels.get("annex.incomplete")
                : labels.get("annex.incomplete")
                    + ", "
                    + labels.get("annex.missingItems")
                    + "\n"
                    + items;
        case REFUSED -> labels.get("annex.refused");
        case NO_DATA -> labels.get("annex.noData");
        case PROCESSOR -> labels.get("annex.processor");
        case UNCLASSIFIED ->
            items == null
                ? labels.get("annex.notComplete")
                : labels.get("annex.missingItems") + "\n" + items;
      };
    }
  }

  private Finding finding(CollectiveEntry entry, ControllerProfile controller, LocalDate today) {
    LetterFacts facts = entry.facts();
    LocalDate due = Findings.due(facts, controller, entry.participant().residence(), deadlines);
    long daysLate = due != null && today.isAfter(due) ? ChronoUnit.DAYS.between(due, today) : 0;
    return new Finding(facts.received(), due, daysLate, facts);
  }

  private static String number(long value, Labels labels) {
    return String.format(Locale.forLanguageTag(labels.language()), "%,d", value);
  }
}
