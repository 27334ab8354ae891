package eu.inzage.letters;

import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.letters.internal.compose.Composer;
import eu.inzage.letters.internal.pdf.Pdf;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes letters for participants: the entry point of this module. Build once, use from any thread.
 * The language of a letter is the explicit one, else the controller's request language, else the
 * participant's, else English; a complaint (Art. 77) is written in the complaint language of the
 * authority of the participant's residence; a mandate is bilingual when the participant's language
 * differs from the controller's (LAW.md §3.7). A language without templates falls back to English,
 * and the letter says so ({@link Letter#languageFallback()}).
 */
public final class Letters {
  private static final Set<String> KNOWN =
      Set.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
          "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv");

  private final Clock clock;
  private final Composer composer;
  private final Pdf pdf;

  private Letters(Builder builder) {
    this.clock = builder.clock;
    this.composer = new Composer(builder.authorities);
    this.pdf = new Pdf(builder.cacheFonts);
  }

  /** A builder; {@link Builder#clock(Clock)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Composes a letter dated today by the clock. */
  public Letter compose(LetterInput input) {
    Objects.requireNonNull(input, "input");
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    return new Letter(input.kind(), composer.compose(input, today), pdf, now);
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

  /** Builds {@link Letters}; each setter checks its argument. */
  public static final class Builder {
    private Clock clock;
    private SupervisoryAuthorities authorities = SupervisoryAuthorities.builtIn();
    private boolean cacheFonts = true;

    private Builder() {}

    /** The clock that dates letters (required). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The supervisory authorities complaints go to (default: the built-in table, LAW.md §6). */
    public Builder authorities(SupervisoryAuthorities value) {
      this.authorities = Objects.requireNonNull(value, "authorities");
      return this;
    }

    /**
     * Whether the parsed fonts and their subset programs are cached between letters (default true).
     * Without the cache every PDF loads and subsets the font afresh: slower, less memory.
     */
    public Builder cacheFonts(boolean value) {
      this.cacheFonts = value;
      return this;
    }

    /** The immutable, thread-safe {@link Letters}. */
    public Letters build() {
      if (clock == null) {
        throw new IllegalStateException("clock was not set");
      }
      return new Letters(this);
    }
  }
}
