package eu.inzage.adapters.channels;

import eu.inzage.adapters.internal.channels.SmtpDelivery;
import eu.inzage.adapters.internal.channels.Submitter;
import eu.inzage.core.ConfigurationException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A {@link MailChannel} over SMTP: STARTTLS (required), implicit TLS or plain (tests and local
 * relays only), with optional authentication. Each message is assembled once, recorded as an intent
 * in the {@link SentLedger}, sent, and its receipt recorded; the receipt is the proof of submission
 * from which the Art. 12(3) GDPR period runs.
 *
 * <p>Transient failures (no connection, a 4xx reply) are retried under the {@link RetryPolicy}, the
 * pauses going through the injected {@link Sleeper}. A failure after the server said 354 to DATA
 * and before it replied to the end of the data is never retried: the message may have been
 * accepted, so {@link UncertainSubmissionException} is thrown and the intent stays.
 *
 * <p>The password is given by the caller (the command line reads it from an environment variable,
 * never from an argument) and is never logged or put in a message.
 */
public final class SmtpChannel implements MailChannel {
  private final Submitter submitter;
  private final String description;

  private SmtpChannel(Builder b) {
    SmtpDelivery.Settings settings =
        new SmtpDelivery.Settings(
            b.host,
            b.port,
            b.security,
            b.username,
            b.password,
            b.socketFactory,
            b.checkServerIdentity,
            b.timeout);
    this.submitter =
        new Submitter(new SmtpDelivery(settings), b.ledger, b.clock, b.retry, b.sleeper);
    this.description = "SmtpChannel[" + b.host + ":" + b.port + ", " + b.security + "]";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends the submission once (see {@link MailChannel#submit}).
   *
   * @throws SubmissionFailedException with {@link SubmissionFailedException.Reason#AUTHENTICATION}
   *     when the login is refused, {@code TLS} when TLS cannot be established, {@code REFUSED} for
   *     a 5xx reply, {@code UNAVAILABLE} when every attempt failed transiently
   * @throws UncertainSubmissionException when the data may have been accepted
   * @throws UnresolvedSubmissionException when an earlier send has an unknown outcome
   */
  @Override
  public SubmissionReceipt submit(EmailSubmission submission) {
    return submitter.submit(submission);
  }

  /** The host, port and security; never the login. */
  @Override
  public String toString() {
    return description;
  }

  /**
   * Builds an {@link SmtpChannel}. Required: {@link #host}, {@link #port}, {@link #security},
   * {@link #ledger}, {@link #clock}. Each setting may be given once.
   */
  public static final class Builder {
    private String host;
    private int port;
    private SmtpSecurity security;
    private String username;
    private char[] password;
    private SSLSocketFactory socketFactory;
    private Boolean identityCheck;
    private boolean checkServerIdentity = true;
    private Duration timeout;
    private SentLedger ledger;
    private Clock clock;
    private RetryPolicy retry;
    private Sleeper sleeper;

    private Builder() {}

    /** The server's host name. */
    public Builder host(String host) {
      this.host = Settings.once(this.host, host, "SmtpChannel.host");
      return this;
    }

    /** The server's port (587 for STARTTLS, 465 for implicit TLS). */
    public Builder port(int port) {
      if (this.port != 0) {
        throw new ConfigurationException("SmtpChannel.port is given twice");
      }
      if (port < 1 || port > 65_535) {
        throw new ConfigurationException("SmtpChannel.port must be between 1 and 65535");
      }
      this.port = port;
      return this;
    }

    /** How the connection is protected. */
    public Builder security(SmtpSecurity security) {
      this.security = Settings.once(this.security, security, "SmtpChannel.security");
      return this;
    }

    /**
     * The login. The password is copied; the caller may clear its array afterwards.
     *
     * @param username the user name
     * @param password the password (read by the caller from an environment variable or a secret
     *     store, never from a command-line argument)
     */
    public Builder credentials(String username, char[] password) {
      this.username = Settings.once(this.username, username, "SmtpChannel.credentials");
      this.password = Settings.once(null, password, "SmtpChannel.credentials").clone();
      return this;
    }

    /**
     * The certificates to trust instead of the JVM's defaults, for a server with a private or
     * self-signed certificate.
     *
     * @throws ConfigurationException when the trust store cannot be used
     */
    public Builder trustStore(KeyStore trustStore) {
      Settings.once(this.socketFactory, trustStore, "SmtpChannel.trustStore");
      try {
        TrustManagerFactory factory =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        this.socketFactory = context.getSocketFactory();
      } catch (GeneralSecurityException e) {
        throw new ConfigurationException("the SMTP trust store cannot be used", e);
      }
      return this;
    }

    /**
     * Whether the server's certificate must name the host (default true). Turning it off is for
     * tests with a certificate that names no host; it makes TLS open to interception.
     */
    public Builder checkServerIdentity(boolean check) {
      this.identityCheck =
          Settings.once(this.identityCheck, check, "SmtpChannel.checkServerIdentity");
      this.checkServerIdentity = check;
      return this;
    }

    /** The connect, read and write timeout (default 60 seconds). */
    public Builder timeout(Duration timeout) {
      this.timeout = Settings.once(this.timeout, timeout, "SmtpChannel.timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new ConfigurationException("SmtpChannel.timeout must be positive");
      }
      return this;
    }

    /** The ledger that stops a reference from being sent twice. */
    public Builder ledger(SentLedger ledger) {
      this.ledger = Settings.once(this.ledger, ledger, "SmtpChannel.ledger");
      return this;
    }

    /** The clock of the Date header and the receipt. */
    public Builder clock(Clock clock) {
      this.clock = Settings.once(this.clock, clock, "SmtpChannel.clock");
      return this;
    }

    /** The retry policy for transient failures (default {@link RetryPolicy#standard()}). */
    public Builder retry(RetryPolicy retry) {
      this.retry = Settings.once(this.retry, retry, "SmtpChannel.retry");
      return this;
    }

    /** How to wait between attempts (default {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Settings.once(this.sleeper, sleeper, "SmtpChannel.sleeper");
      return this;
    }

    /**
     * The channel.
     *
     * @throws ConfigurationException when a required setting is missing, or a login is given with
     *     {@link SmtpSecurity#PLAIN} to a host other than this one
     */
    public SmtpChannel build() {
      Settings.required(host, "SmtpChannel.host");
      if (port == 0) {
        throw new ConfigurationException("SmtpChannel.port is required");
      }
      Settings.required(security, "SmtpChannel.security");
      if (security == SmtpSecurity.PLAIN && username != null && !isLoopback(host)) {
        // a password in the clear over a network breaks GDPR Art. 32(1)(a)
        throw new ConfigurationException(
            "SmtpChannel: a login over PLAIN is allowed only to a relay on this host");
      }
      Settings.required(ledger, "SmtpChannel.ledger");
      Settings.required(clock, "SmtpChannel.clock");
      if (timeout == null) {
        timeout = Duration.ofSeconds(60);
      }
      if (retry == null) {
        retry = RetryPolicy.standard();
      }
      if (sleeper == null) {
        sleeper = Sleeper.system();
      }
      return new SmtpChannel(this);
    }

    private static boolean isLoopback(String host) {
      return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
  }
}
