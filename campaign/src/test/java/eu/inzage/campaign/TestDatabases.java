package eu.inzage.campaign;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases of the tests. PostgreSQL is given by {@code INZAGE_TEST_POSTGRES_URL} (environment)
 * or {@code inzage.test.postgres.url} (system property), e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/inzage_test?user=inzage}; {@code .ci/run} starts a cluster and
 * sets it. Without it the PostgreSQL tests are skipped locally, and fail when {@code CI=true}: in
 * CI a missing PostgreSQL is a failure, never a skip.
 */
final class TestDatabases {
  private TestDatabases() {}

  /** The PostgreSQL URL, or aborts (skips) the test, or fails it under CI. */
  static String postgresUrl() {
    String url = System.getProperty("inzage.test.postgres.url");
    if (url == null || url.isBlank()) {
      url = System.getenv("INZAGE_TEST_POSTGRES_URL");
    }
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (url == null || url.isBlank()) {
      if (ci) {
        fail("CI=true but INZAGE_TEST_POSTGRES_URL is not set: PostgreSQL is required in CI");
      }
      Assumptions.abort("INZAGE_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped");
    }
    try (Connection c = DriverManager.getConnection(url)) {
      if (!c.isValid(5)) {
        throw new SQLException("connection not valid");
      }
    } catch (SQLException e) {
      if (ci) {
        fail("CI=true and PostgreSQL is unreachable (SQLState " + e.getSQLState() + ")", e);
      }
      Assumptions.abort("PostgreSQL unreachable: tests skipped");
    }
    return url;
  }

  /**
   * A URL of a new, empty schema in the PostgreSQL database: each test starts from nothing without
   * needing a database of its own.
   */
  static String freshPostgresSchema() {
    String url = postgresUrl();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("creating a test schema failed", e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
