package eu.inzage.campaign.internal.store;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.InzageException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Transactions on the store's database: each unit of work runs on its own connection in one
 * transaction (READ COMMITTED), committed when the work returns and rolled back when it throws. SQL
 * failures become {@link StorageException}s that name the operation and the SQLState only: a
 * driver's message may quote the values of a statement (personal data), so it is never kept.
 */
public final class Jdbc {
  private final DataSource dataSource;

  /** Transactions on connections from the data source. */
  public Jdbc(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A unit of work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work; the caller commits. */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs the work in one transaction.
   *
   * @param operation what the work does, for error messages ("claiming requests")
   * @throws StorageException when the database fails
   */
  public <T> T inTransaction(String operation, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection);
        throw e;
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the database rolls the transaction back itself
    }
  }

  /**
   * Runs one statement with its parameters (none of them null) in the caller's transaction.
   *
   * @return the update count
   */
  public static int update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** Whether the failure is a unique-key violation (SQLState 23505 on H2 and PostgreSQL). */
  public static boolean isDuplicate(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** Whether the failure is a foreign-key violation (SQLState 23503 on H2 and PostgreSQL). */
  public static boolean isMissingReference(SQLException e) {
    return "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
  }

  /** A storage failure naming the operation and SQLState, without the driver's message. */
  public static InzageException failure(String operation, SQLException e) {
    return new StorageException(
        operation + " failed (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ")",
        null);
  }

  /** Maps a duplicate to {@link AlreadyExistsException} and a missing reference to not found. */
  public static InzageException conflict(
      SQLException e, String what, String id, String parent, String parentId, String operation) {
    if (isDuplicate(e)) {
      return new AlreadyExistsException(what, id);
    }
    if (isMissingReference(e)) {
      return new NotFoundException(parent, parentId);
    }
    return failure(operation, e);
  }

  /** An instant as the driver's value of TIMESTAMP WITH TIME ZONE. */
  public static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** A TIMESTAMP WITH TIME ZONE value as an instant. */
  public static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
