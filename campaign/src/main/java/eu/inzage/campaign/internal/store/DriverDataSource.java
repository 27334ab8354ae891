package eu.inzage.campaign.internal.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that opens a new connection per call through {@link DriverManager}: for a JDBC URL
 * without a pool (PostgreSQL through its driver on the class path). Deployments that want a pool
 * give the store their own {@link DataSource}. {@link #toString()} shows no password.
 */
public final class DriverDataSource implements DataSource {
  private final String url;
  private final String user;
  private final char[] password;

  /** Connections to the URL as the user (null for none) with the password (null for none). */
  public DriverDataSource(String url, String user, char[] password) {
    this.url = Objects.requireNonNull(url, "url");
    this.user = user;
    this.password = password == null ? null : Arrays.copyOf(password, password.length);
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (user == null) {
      return DriverManager.getConnection(url);
    }
    return DriverManager.getConnection(url, user, password == null ? null : new String(password));
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return DriverManager.getConnection(url, username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // connections are logged by the drivers themselves
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "DriverDataSource[" + scheme(url) + "]";
  }

  /** The URL up to the database's name: {@code jdbc:postgresql:}. */
  static String scheme(String url) {
    int second = url.indexOf(':', url.indexOf(':') + 1);
    return second < 0 ? "jdbc" : url.substring(0, second + 1);
  }
}
