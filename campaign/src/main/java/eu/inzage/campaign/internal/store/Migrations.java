package eu.inzage.campaign.internal.store;

import eu.inzage.core.StorageException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the store's schema up to date with Flyway: the scripts in {@code db/migration} of this
 * module, plain SQL that runs unchanged on H2 and PostgreSQL. Safe to run from several workers at
 * once: Flyway locks its history table.
 */
public final class Migrations {
  /** Where the scripts are. */
  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /**
   * Applies the pending migrations.
   *
   * @return the schema version after migrating
   * @throws StorageException when a migration fails
   */
  public static String migrate(DataSource dataSource) {
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations(LOCATION)
              .loggers("slf4j")
              .load()
              .migrate();
      return result.targetSchemaVersion;
    } catch (FlywayException e) {
      // the scripts are DDL: Flyway's message names a script or a connection, no personal data
      throw new StorageException("migrating the campaign store failed: " + e.getMessage(), e);
    }
  }
}
