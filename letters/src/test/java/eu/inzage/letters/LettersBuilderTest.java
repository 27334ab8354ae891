package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.lifecycle.Lifecycle;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The strict builder of {@link Letters}: its collaborators, each set once. */
class LettersBuilderTest {
  private static final DeadlineEngine ENGINE =
      DeadlineEngine.builder().pauseThresholdWorkingDays(3).build();

  @Test
  void build_onlyClock_documentedDefaults() {
    Letters letters = Letters.builder().clock(Fixtures.CLOCK).build();

    assertThat(letters.clock()).isSameAs(Fixtures.CLOCK);
    assertThat(letters.deadlines()).isSameAs(DeadlineEngine.standard());
    assertThat(letters.lifecycle()).isSameAs(Lifecycle.standard());
  }

  @Test
  void build_engineOnly_lifecycleCountsWithThatEngine() {
    Letters letters = Letters.builder().clock(Fixtures.CLOCK).deadlines(ENGINE).build();

    assertThat(letters.deadlines()).isSameAs(ENGINE);
    assertThat(letters.lifecycle().engine()).isSameAs(ENGINE);
  }

  @Test
  void build_lifecycleOnly_itsEngineCountsTheDueDates() {
    Lifecycle lifecycle = Lifecycle.builder().engine(ENGINE).postDeliveryDays(2).build();

    Letters letters = Letters.builder().clock(Fixtures.CLOCK).lifecycle(lifecycle).build();

    assertThat(letters.lifecycle()).isSameAs(lifecycle);
    assertThat(letters.deadlines()).isSameAs(ENGINE);
  }

  @Test
  void build_lifecycleWithAnotherEngine_rejected() {
    Letters.Builder builder =
        Letters.builder().clock(Fixtures.CLOCK).deadlines(ENGINE).lifecycle(Lifecycle.standard());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another deadline engine");
  }

  @Test
  void build_withoutClock_rejected() {
    assertThatThrownBy(() -> Letters.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("clock was not set");
  }

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of("clock", (Consumer<Letters.Builder>) b -> b.clock(Fixtures.CLOCK)),
        Arguments.of("deadlines", (Consumer<Letters.Builder>) b -> b.deadlines(ENGINE)),
        Arguments.of(
            "lifecycle", (Consumer<Letters.Builder>) b -> b.lifecycle(Lifecycle.standard())),
        Arguments.of(
            "authorities",
            (Consumer<Letters.Builder>) b -> b.authorities(SupervisoryAuthorities.builtIn())),
        Arguments.of("cacheFonts", (Consumer<Letters.Builder>) b -> b.cacheFonts(false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void builder_settingTwice_namesTheSetting(String name, Consumer<Letters.Builder> set) {
    Letters.Builder builder = Letters.builder();
    set.accept(builder);

    assertThatThrownBy(() -> set.accept(builder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(name + " was already set to ");
  }
}
