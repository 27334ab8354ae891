package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.docket.EscalationPolicy;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import eu.inzage.core.model.SupervisoryAuthority;
import eu.inzage.letters.internal.compose.CollectiveComposer;
import eu.inzage.letters.internal.compose.Composer;
import eu.inzage.letters.internal.compose.Findings;
import eu.inzage.letters.internal.document.SignatureImage;
import eu.inzage.letters.internal.pdf.Drawable;
import eu.inzage.letters.internal.pdf.Pdf;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes letters for participants: the entry point of this module. Build once, use from any thread.
 * The language of a letter is the explicit one, else the controller's request language, else the
 * participant's, else English; a complaint (Art. 77) is written in the complaint language of the
 * authority of the participant's residence; a mandate is bilingual when the participant's language
 * differs from the controller's (see {@code docs/law/mandate.md#language}). A language without
 * templates falls back to English, and the letter says so ({@link Letter#languageFallback()}). Due
 * dates (a complaint's annex, the facts of a tracked request) are counted with the builder's {@link
 * DeadlineEngine} and {@link Lifecycle}, never with defaults looked up on the way.
 */
public final class Letters {
  /**
   * The most violations reported at once when the fonts cannot draw a collective letter's texts.
   */
  private static final int MAX_REPORTED = 100;

  private static final Set<String> KNOWN =
      Set.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
          "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv");

  private final Clock clock;
  private final DeadlineEngine deadlines;
  private final Lifecycle lifecycle;
  private final EscalationPolicy escalation;
  private final Composer composer;
  private final Pdf pdf;
  private final CollectiveComposer collective;
  private final SupervisoryAuthorities authorities;

  private Letters(
      Clock clock,
      DeadlineEngine deadlines,
      Lifecycle lifecycle,
      EscalationPolicy escalation,
      SupervisoryAuthorities authorities,
      boolean cacheFonts) {
    this.clock = clock;
    this.deadlines = deadlines;
    this.lifecycle = lifecycle;
    this.escalation = escalation;
    this.composer = new Composer(authorities);
    this.pdf = new Pdf(cacheFonts);
    this.authorities = authorities;
    this.collective = new CollectiveComposer(composer, authorities, deadlines);
  }

  /**
   * A strict builder; {@link Builder#clock(Clock)} is required, everything else has a documented
   * default.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The clock that dates the letters. */
  public Clock clock() {
    return clock;
  }

  /** The deadline engine that counts the due dates the letters state (Art. 12(3)). */
  public DeadlineEngine deadlines() {
    return deadlines;
  }

  /** The lifecycle that reads tracked requests; its engine is {@link #deadlines()}. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The policy that sets a reminder's final date (the day the complaint becomes due). */
  public EscalationPolicy escalation() {
    return escalation;
  }

  /**
   * The facts of a tracked request as of today by the letters' clock, counted with the letters'
   * lifecycle and deadline engine and the letters' escalation policy: {@link
   * LetterFacts#fromHistory(RequestHistory, ControllerProfile, LocalDate, Lifecycle,
   * EscalationPolicy)}. A reminder or complaint written from these facts cites the due date the
   * docket tracks with the same engine, and a reminder's final date is the day the docket lists the
   * complaint as due.
   *
   * @throws eu.inzage.core.lifecycle.IllegalTransitionException when the events are inconsistent
   */
  public LetterFacts facts(RequestHistory history, ControllerProfile controller) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(controller, "controller");
    return LetterFacts.fromHistory(
        history,
        controller,
        LocalDate.ofInstant(clock.instant(), clock.getZone()),
        lifecycle,
        escalation);
  }

  /**
   * Composes a letter dated today by the clock; a mandate is dated by its signature only. A
   * complaint (Art. 77 GDPR) goes to the competent authority of the participant's residence, in
   * Germany the Land's.
   *
   * @throws InvalidInputException for a mandate without {@code facts.signedOn} ({@code REQUIRED})
   *     or whose organisation has neither a governing law nor an address country ({@code
   *     organisation.governingLaw}, {@code REQUIRED}); for a complaint whose period of Art. 12(3)
   *     has not ended ({@code facts.due INVALID_VALUE}, the due date given or counted from {@code
   *     received}), or whose German participant's Land is unknown ({@code
   *     participant.address.region REQUIRED}); for text the fonts cannot draw (its field path)
   */
  public Letter compose(LetterInput input) {
    Objects.requireNonNull(input, "input");
    List<Violation> undrawable = new ArrayList<>();
    Drawable.check("participant", input.participant(), undrawable);
    Drawable.check("organisation", input.organisation(), undrawable);
    Drawable.check("facts", input.facts(), undrawable);
    if (!undrawable.isEmpty()) {
      throw new InvalidInputException(undrawable);
    }
    if (input.kind() == LetterKind.MANDATE) {
      Composer.requireSignedOn(input.facts(), "facts.signedOn");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    if (input.kind() == LetterKind.COMPLAINT) {
      Findings.requireLate(
          Findings.due(
              input.facts(), input.controller(), input.participant().residence(), deadlines),
          today,
          "facts",
          false);
    }
    return new Letter(input.kind(), composer.compose(input, today), pdf, now);
  }

  /**
   * Writes a collective letter in volumes: a cover letter with the annex and the mandates (Art. 15
   * GDPR under the participants' mandates, see {@code docs/law/mandate.md}), or a collective
   * complaint (Art. 80(1) GDPR). A complaint is split by authority: each participant's complaint
   * goes to the authority of their residence, in Germany of their Land (Art. 55(1), 77(1)), unless
   * {@link CollectiveInput#authority()} names one authority for all; the sink receives the volumes
   * of one authority after the other, each authority's complaint numbered on its own ({@link
   * Volume#authority()}). A complaint states only facts on record: every participant's period of
   * Art. 12(3) must have ended ({@code participants.17.facts.due}), and each is described by their
   * own events.
   *
   * <p>The participants are first checked and counted, per authority (a bad one stops everything
   * before any volume is written), then read once per authority and rendered; each volume (at most
   * {@link CollectiveInput#volumeSize()} participants, one PDF/A-2b file) is handed to the sink and
   * released before the next is composed, so memory stays bounded whatever the number: the first
   * pass keeps only a count per authority.
   *
   * @throws eu.inzage.core.InvalidInputException naming the bad participant's fields, e.g. {@code
   *     participants.17.name}, {@code participants.17.facts.signedOn} (a cover letter's mandate
   *     whose day of signature was not recorded), {@code participants.17.address.region} (a German
   *     residence whose Land neither region nor postcode tell) or {@code participants.17.facts.due}
   *     (a period not yet ended), before the sink sees anything; the one exception is a drawn
   *     signature whose PNG header is sound but whose pixels do not decode, found when its volume
   *     is composed ({@code participants.17.facts.signature.imagePng}), after the sink has taken
   *     the earlier volumes: a sink that must write all or nothing stages its volumes and commits
   *     them when this method returns, as {@code inzage letter} does
   * @throws IOException what the sink throws
   */
  public CollectiveResult writeCollective(
      CollectiveInput input, CollectiveSource source, VolumeSink sink) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    SupervisoryAuthority override = collective.override(input);
    if (input.kind() == CollectiveKind.COVER) {
      collective.plan(input, null);
    }
    long total = source.count();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Map<String, Long> counts = check(input, source, override, today);
    List<CollectiveResult.Part> parts = new ArrayList<>();
    long pages = 0;
    long bytes = 0;
    for (Map.Entry<String, Long> group : counts.entrySet()) {
      SupervisoryAuthority authority =
          group.getKey() == null ? null : authorities.find(group.getKey()).orElseThrow();
      CollectiveComposer.Plan plan = collective.plan(input, authority);
      long count = group.getValue();
      long volumeCount = (count + input.volumeSize() - 1) / input.volumeSize();
      if (volumeCount > Integer.MAX_VALUE) {
        throw new InvalidInputException(
            "participants", ViolationCode.TOO_LONG, "too many participants");
      }
      int volumes = (int) volumeCount;
      Iterator<CollectiveEntry> entries = source.entries();
      long position = 0;
      long first = 1;
      for (int number = 1; number <= volumes; number++) {
        List<CollectiveComposer.Member> batch = new ArrayList<>(input.volumeSize());
        while (batch.size() < input.volumeSize() && entries.hasNext()) {
          CollectiveEntry entry = entries.next();
          position++;
          String path = source.path(position);
          if (authority == null
              || override != null
              || collective
                  .authorityOf(null, entry.participant(), path)
                  .code()
                  .equals(authority.code())) {
            batch.add(member(entry, path));
          }
        }
        if (batch.isEmpty()) {
          throw new IllegalStateException("the source gave fewer participants than it counted");
        }
        Pdf.Rendered rendered =
            pdf.render(
                collective.volume(input, plan, batch, number, volumes, first, count, today), now);
        pages += rendered.pages();
        bytes += rendered.bytes().length;
        sink.accept(
            new Volume(
                number,
                volumes,
                first,
                batch.size(),
                plan.language(),
                plan.fallback(),
                LetterPdf.adopt(rendered.bytes(), rendered.pages()),
                authority == null ? null : authority.code()));
        first += batch.size();
      }
      parts.add(
          new CollectiveResult.Part(
              authority == null ? null : authority.code(),
              authority == null ? null : authority.name(),
              count,
              volumes,
              plan.language(),
              plan.fallback()));
    }
    if (parts.isEmpty()) {
      CollectiveComposer.Plan plan = collective.plan(input, override);
      return new CollectiveResult(
          input.kind(), 0, 0, 0, 0, plan.language(), plan.fallback(), List.of());
    }
    int volumes = parts.stream().mapToInt(CollectiveResult.Part::volumes).sum();
    return new CollectiveResult(
        input.kind(),
        total,
        volumes,
        pages,
        bytes,
        parts.get(0).language(),
        parts.stream().anyMatch(CollectiveResult.Part::languageFallback),
        List.copyOf(parts));
  }

  /**
   * The first pass: checks that the fonts can draw every text of the organisation and of each
   * entry, for a cover letter that each bundled mandate records the day it was signed ({@code
   * participants.3.facts.signedOn}), and for a complaint that each participant's authority is known
   * and their period ended; counts the participants per authority code (null for a cover letter),
   * in the order the authorities first appear. A violation names the entry by its {@linkplain
   * CollectiveSource#path path}: {@code participants.3.name}.
   */
  private Map<String, Long> check(
      CollectiveInput input,
      CollectiveSource source,
      SupervisoryAuthority override,
      LocalDate today) {
    boolean complaint = input.kind() == CollectiveKind.COMPLAINT;
    Map<String, Long> counts = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    Drawable.check("organisation", input.organisation(), violations);
    long position = 0;
    for (Iterator<CollectiveEntry> it = source.entries();
        it.hasNext() && violations.size() < MAX_REPORTED; ) {
      CollectiveEntry entry = it.next();
      position++;
      String path = source.path(position);
      Drawable.check(path, entry.participant(), violations);
      Drawable.check(path + ".facts", entry.facts(), violations);
      String code = null;
      try {
        if (complaint) {
          code = collective.authorityOf(override, entry.participant(), path).code();
          collective.checkLate(entry, input.controller(), today, path);
        } else {
          Composer.requireSignedOn(entry.facts(), path + ".facts.signedOn");
        }
      } catch (InvalidInputException e) {
        violations.addAll(e.violations());
      }
      counts.merge(code, 1L, Long::sum);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(
          violations.subList(0, Math.min(violations.size(), MAX_REPORTED)));
    }
    return counts;
  }

  /**
   * A participant as the volume keeps it: a drawn signature decoded and scaled for the page at
   * once, and its PNG dropped, so that a volume holds small page images, never the originals.
   */
  private static CollectiveComposer.Member member(CollectiveEntry entry, String path) {
    SignatureEvidence evidence = entry.facts().signature();
    if (evidence == null || evidence.kind() != SignatureKind.DRAWN || evidence.imagePng() == null) {
      return new CollectiveComposer.Member(entry, null);
    }
    SignatureImage drawn;
    try {
      drawn = Composer.image(evidence);
    } catch (InvalidInputException e) {
      // only the pixels tell that a PNG with a sound header is broken: name the entry's line
      List<Violation> located = new ArrayList<>();
      for (Violation v : e.violations()) {
        located.add(new Violation(path + "." + v.field(), v.code(), v.message()));
      }
      throw new InvalidInputException(located);
    }
    return new CollectiveComposer.Member(
        new CollectiveEntry(entry.participant(), entry.facts().withoutImage()), drawn);
  }

  /** Whether a kind of letter can be written in a language without falling back to English. */
  public boolean supports(String language, LetterKind kind) {
    return composer.supports(language, kind);
  }

  /** The languages in which every kind of letter is available. */
  public Set<String> languages() {
    Set<String> languages = new TreeSet<>();
    for (String lang : KNOWN) {
      if (Arrays.stream(LetterKind.values()).allMatch(k -> composer.supports(lang, k))) {
        languages.add(lang);
      }
    }
    return languages;
  }

  /**
   * Builds {@link Letters}: each setting once, checked when set (a second call is an {@link
   * IllegalStateException} naming the setting). The deadline engine and the lifecycle are the
   * collaborators every due date of every letter is counted with; give the same ones the docket
   * uses. Only one of them is needed: the lifecycle's engine is the engine, or the lifecycle is
   * built over the engine.
   */
  public static final class Builder {
    private Clock clock;
    private DeadlineEngine deadlines;
    private Lifecycle lifecycle;
    private SupervisoryAuthorities authorities;
    private EscalationPolicy escalation;
    private Boolean cacheFonts;

    private Builder() {}

    /** The clock that dates letters and decides "today" (required). */
    public Builder clock(Clock value) {
      once(clock, "clock");
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * The deadline engine that counts due dates, e.g. one whose {@link
     * eu.inzage.core.deadline.HolidayCalendars} have a bridge day (default: the lifecycle's engine,
     * else {@link DeadlineEngine#standard()}).
     */
    public Builder deadlines(DeadlineEngine value) {
      once(deadlines, "deadlines");
      this.deadlines = Objects.requireNonNull(value, "deadlines");
      return this;
    }

    /**
     * The lifecycle that reads tracked requests (default: {@link Lifecycle#standard()}, or one over
     * the engine given to {@link #deadlines}).
     */
    public Builder lifecycle(Lifecycle value) {
      once(lifecycle, "lifecycle");
      this.lifecycle = Objects.requireNonNull(value, "lifecycle");
      return this;
    }

    /**
     * The supervisory authorities complaints go to (default: the built-in table, see {@code
     * docs/authorities.md}).
     */
    public Builder authorities(SupervisoryAuthorities value) {
      once(authorities, "authorities");
      this.authorities = Objects.requireNonNull(value, "authorities");
      return this;
    }

    /**
     * The escalation policy whose complaint delay sets a reminder's final date (default: {@link
     * EscalationPolicy#standard()}); give the one the docket uses.
     */
    public Builder escalation(EscalationPolicy value) {
      once(escalation, "escalation");
      this.escalation = Objects.requireNonNull(value, "escalation");
      return this;
    }

    /**
     * Whether the parsed fonts and their subset programs are cached between letters (default true).
     * Without the cache every PDF loads and subsets the font afresh: slower, less memory.
     */
    public Builder cacheFonts(boolean value) {
      once(cacheFonts, "cacheFonts");
      this.cacheFonts = value;
      return this;
    }

    private static void once(Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
    }

    /**
     * The immutable, thread-safe {@link Letters}.
     *
     * @throws IllegalStateException when the clock is missing, or the lifecycle counts with another
     *     engine than the one given to {@link #deadlines}
     */
    public Letters build() {
      if (clock == null) {
        throw new IllegalStateException("clock was not set");
      }
      if (deadlines != null && lifecycle != null && lifecycle.engine() != deadlines) {
        throw new IllegalStateException(
            "lifecycle counts with another deadline engine than deadlines; set one of them");
      }
      DeadlineEngine engine =
          deadlines != null
              ? deadlines
              : lifecycle != null ? lifecycle.engine() : DeadlineEngine.standard();
      Lifecycle chosen =
          lifecycle != null
              ? lifecycle
              : engine == DeadlineEngine.standard()
                  ? Lifecycle.standard()
                  : Lifecycle.builder().engine(engine).build();
      return new Letters(
          clock,
          engine,
          chosen,
          escalation == null ? EscalationPolicy.standard() : escalation,
          authorities == null ? SupervisoryAuthorities.builtIn() : authorities,
          cacheFonts == null || cacheFonts);
    }
  }
}
