package eu.inzage.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.deadline.DeadlineQuery;
import eu.inzage.core.deadline.HolidayCalendar;
import eu.inzage.core.deadline.HolidayCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full statutory deadlines (one-month date, due date, every roll-over with its reason) over a
 * rotating set of receipt days and countries, against {@link #baselineJollydayPerDay}: only the due
 * date, by {@code plusMonths} and then, per candidate day, a weekend test and jollyday's {@code
 * isHoliday}. Both run over the same days and countries.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class DeadlineBenchmark {
  private static final String[] COUNTRIES = {
    "NL", "IE", "DE", "FR", "BE", "GR", "SI", "PL", "SE", "AT", "IT", "ES", "SK", "CH"
  };
  private static final int SIZE = 4096;

  private final LocalDate[] days = new LocalDate[SIZE];
  private final HolidayCalendar[] calendars = new HolidayCalendar[SIZE];
  private final HolidayManager[] managers = new HolidayManager[SIZE];
  private final DeadlineEngine engine = DeadlineEngine.standard();
  private int next;

  /** Fills the rotating set: receipt days in 2020–2030, countries round-robin, warm caches. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    HolidayManager[] byCountry = new HolidayManager[COUNTRIES.length];
    for (int c = 0; c < COUNTRIES.length; c++) {
      byCountry[c] =
          HolidayManager.getInstance(
              ManagerParameters.create(COUNTRIES[c].toLowerCase(Locale.ROOT)));
    }
    LocalDate first = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < SIZE; i++) {
      days[i] = first.plusDays(random.nextInt(11 * 365));
      int c = i % COUNTRIES.length;
      calendars[i] = HolidayCalendars.standard().forCountry(COUNTRIES[c]);
      managers[i] = byCountry[c];
    }
  }

  /** Inzage: the full {@link Deadline} with its reasons. */
  @Benchmark
  public Deadline fullDeadline() {
    int i = next++ & (SIZE - 1);
    return engine.compute(DeadlineQuery.receivedOn(days[i]).calendar(calendars[i]).build());
  }

  /** Inzage with the two-month extension: both dates rolled over, both lists of reasons. */
  @Benchmark
  public Deadline fullDeadlineExtended() {
    int i = next++ & (SIZE - 1);
    return engine.compute(
        DeadlineQuery.receivedOn(days[i]).calendar(calendars[i]).extended().build());
  }

  /** The baseline: plusMonths, then per candidate day a weekend test and jollyday's isHoliday. */
  @Benchmark
  public LocalDate baselineJollydayPerDay() {
    int i = next++ & (SIZE - 1);
    HolidayManager manager = managers[i];
    LocalDate day = days[i].plusMonths(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || manager.isHoliday(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
