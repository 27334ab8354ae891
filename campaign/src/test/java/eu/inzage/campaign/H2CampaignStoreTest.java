package eu.inzage.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on H2, the embedded default: a database file under a folder. */
class H2CampaignStoreTest extends CampaignStoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir Path dir;

  @Override
  protected String freshDatabaseUrl() {
    return CampaignStore.h2Url(dir.resolve("db-" + DATABASES.incrementAndGet()));
  }

  @Test
  void folder_isTheEmbeddedDefault_aFileUnderTheFolder() {
    Path folder = dir.resolve("campaign-folder");
    try (CampaignStore embedded =
        CampaignStore.builder().folder(folder).clock(Clock.systemUTC()).build()) {
      embedded.createCampaign(Samples.campaign("c-embedded"));
    }
    assertThat(Files.exists(folder.resolve(CampaignStore.H2_FILE + ".mv.db"))).isTrue();
    try (CampaignStore reopened =
        CampaignStore.builder().folder(folder).clock(Clock.systemUTC()).build()) {
      assertThatThrownBy(() -> reopened.createCampaign(Samples.campaign("c-embedded")))
          .isInstanceOf(eu.inzage.core.AlreadyExistsException.class);
    }
  }

  @Test
  void builder_needsExactlyOneDatabaseAndAClock() {
    assertThatThrownBy(() -> CampaignStore.builder().clock(Clock.systemUTC()).build())
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(
            () ->
                CampaignStore.builder()
                    .folder(dir)
                    .jdbcUrl("jdbc:h2:mem:x", null, null)
                    .clock(Clock.systemUTC())
                    .build())
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> CampaignStore.builder().folder(dir).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("clock");
    assertThatThrownBy(() -> CampaignStore.builder().folder(dir).folder(dir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("twice");
  }
}
