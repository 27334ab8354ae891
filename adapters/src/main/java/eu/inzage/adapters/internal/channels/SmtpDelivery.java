package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.SmtpSecurity;
import eu.inzage.adapters.channels.SubmissionFailedException.Reason;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.adapters.internal.channels.DeliveryException.Kind;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * One SMTP attempt with Angus Mail, classified for the retry rule: a failure before the server said
 * 354 to DATA, or a definite 4xx/5xx reply, leaves nothing accepted (RFC 5321 §4.2.5: only a 2xx
 * reply to the end of the data makes the server responsible for the message); a failure without a
 * reply once the data were on their way leaves the outcome uncertain.
 */
public final class SmtpDelivery implements Delivery {

  /**
   * The connection settings.
   *
   * @param host the server's host name
   * @param port its port
   * @param security STARTTLS (required), implicit TLS or plain
   * @param username the login, or null for none
   * @param password the password (copied), or null for none
   * @param socketFactory the TLS socket factory (a configured trust store), or null for the JVM's
   * @param checkServerIdentity whether the certificate must name the host
   * @param timeout the connect, read and write timeout
   */
  @SuppressWarnings("ArrayRecordComponent") // the password stays inside this package
  public record Settings(
      String host,
      int port,
      SmtpSecurity security,
      String username,
      char[] password,
      SSLSocketFactory socketFactory,
      boolean checkServerIdentity,
      Duration timeout) {

    /** Shows the host, port and security, never the login or password. */
    @Override
    public String toString() {
      return "Settings[" + host + ":" + port + ", " + security + "]";
    }
  }

  private final Settings settings;

  /** A delivery with the settings. */
  public SmtpDelivery(Settings settings) {
    this.settings = settings;
  }

  @Override
  public SubmissionReceipt.Route route() {
    return SubmissionReceipt.Route.SMTP;
  }

  @Override
  public void deliver(AssembledMessage message) throws DeliveryException {
    boolean implicitTls = settings.security() == SmtpSecurity.IMPLICIT_TLS;
    String protocol = implicitTls ? "smtps" : "smtp";
    Session session = Session.getInstance(properties(protocol, message.envelopeFrom()));
    TrackingTransport transport =
        new TrackingTransport(
            session,
            new URLName(protocol, settings.host(), settings.port(), null, null, null),
            protocol,
            implicitTls);
    try {
      connect(transport);
      try {
        transport.sendMessage(new ExactMessage(session, message.bytes()), recipients(message));
      } catch (MessagingException e) {
        throw classifySend(e, transport.dataStarted());
      }
    } finally {
      try {
        transport.close();
      } catch (MessagingException e) {
        // QUIT failed after the message was handled: the outcome is already known
      }
    }
  }

  private void connect(TrackingTransport transport) throws DeliveryException {
    String password = settings.password() == null ? null : new String(settings.password());
    try {
      transport.connect(settings.host(), settings.port(), settings.username(), password);
    } catch (AuthenticationFailedException e) {
      throw new DeliveryException(
          Kind.PERMANENT,
          Reason.AUTHENTICATION,
          replyCode(transport),
          "the server refused the login");
    } catch (MessagingException e) {
      if (isTls(e)) {
        throw new DeliveryException(Kind.PERMANENT, Reason.TLS, 0, "TLS failed: " + describe(e));
      }
      int code = replyCode(transport);
      if (code >= 500) {
        throw new DeliveryException(
            Kind.PERMANENT, Reason.REFUSED, code, "the server refused the connection");
      }
      throw new DeliveryException(
          Kind.TRANSIENT,
          Reason.UNAVAILABLE,
          Math.max(code, 0),
          "connecting failed: " + describe(e));
    }
  }

  private static DeliveryException classifySend(MessagingException e, boolean dataStarted) {
    int code = replyCode(e);
    if (code >= 400 && code < 500) {
      return new DeliveryException(
          Kind.TRANSIENT, Reason.UNAVAILABLE, code, "the server deferred the message");
    }
    if (code >= 500 && code < 600) {
      return new DeliveryException(
          Kind.PERMANENT, Reason.REFUSED, code, "the server refused the message");
    }
    if (dataStarted) {
      return new DeliveryException(
          Kind.UNCERTAIN, Reason.UNAVAILABLE, 0, "no reply after the data: " + describe(e));
    }
    return new DeliveryException(
        Kind.TRANSIENT, Reason.UNAVAILABLE, 0, "sending failed before the data: " + describe(e));
  }

  /** The reply code of the first SMTP failure in the chain, or 0. */
  private static int replyCode(Exception e) {
    for (Exception x = e; x != null; x = next(x)) {
      int code =
          x instanceof SMTPSendFailedException s
              ? s.getReturnCode()
              : x instanceof SMTPAddressFailedException a
                  ? a.getReturnCode()
                  : x instanceof SMTPSenderFailedException f ? f.getReturnCode() : 0;
      if (code > 0) {
        return code;
      }
    }
    return 0;
  }

  private static Exception next(Exception e) {
    if (e instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return e.getCause() instanceof Exception c && c != e ? c : null;
  }

  private static int replyCode(TrackingTransport transport) {
    int code = transport.getLastReturnCode();
    return code > 0 ? code : 0;
  }

  private static boolean isTls(Exception e) {
    for (Exception x = e; x != null; x = next(x)) {
      if (x instanceof SSLException) {
        return true;
      }
    }
    // Angus's own refusal when STARTTLS is required but not offered
    return e.getMessage() != null && e.getMessage().contains("STARTTLS");
  }

  /** The classes of the failure chain: never a server's text, which may quote an address. */
  private static String describe(Exception e) {
    StringBuilder chain = new StringBuilder();
    for (Exception x = e; x != null && chain.length() < 200; x = next(x)) {
      if (chain.length() > 0) {
        chain.append(" <- ");
      }
      chain.append(x.getClass().getSimpleName());
    }
    return chain.toString();
  }

  private Properties properties(String protocol, String envelopeFrom) {
    String prefix = "mail." + protocol + ".";
    Properties p = new Properties();
    p.put(prefix + "host", settings.host());
    p.put(prefix + "port", String.valueOf(settings.port()));
    p.put(prefix + "from", envelopeFrom);
    p.put(prefix + "auth", String.valueOf(settings.username() != null));
    String millis = String.valueOf(settings.timeout().toMillis());
    p.put(prefix + "connectiontimeout", millis);
    p.put(prefix + "timeout", millis);
    p.put(prefix + "writetimeout", millis);
    p.put(prefix + "ssl.checkserveridentity", String.valueOf(settings.checkServerIdentity()));
    if (settings.security() == SmtpSecurity.STARTTLS) {
      p.put(prefix + "starttls.enable", "true");
      p.put(prefix + "starttls.required", "true");
    }
    if (settings.security() != SmtpSecurity.PLAIN && settings.socketFactory() != null) {
      p.put(prefix + "ssl.socketFactory", settings.socketFactory());
    }
    return p;
  }

  private static Address[] recipients(AssembledMessage message) throws DeliveryException {
    try {
      Address[] addresses = new Address[message.recipients().size()];
      for (int i = 0; i < addresses.length; i++) {
        addresses[i] = new InternetAddress(message.recipients().get(i), true);
      }
      return addresses;
    } catch (MessagingException e) {
      throw new DeliveryException(Kind.PERMANENT, Reason.REFUSED, 0, "a recipient is malformed");
    }
  }

  /**
   * The assembled message, parsed for the transport's questions but written byte for byte as
   * assembled: what is sent is exactly what was hashed and what the outbox writes.
   */
  private static final class ExactMessage extends MimeMessage {
    private final byte[] bytes;

    ExactMessage(Session session, byte[] bytes) throws DeliveryException {
      super(session);
      this.bytes = bytes;
      try {
        parse(new ByteArrayInputStream(bytes));
      } catch (MessagingException e) {
        throw new DeliveryException(Kind.PERMANENT, Reason.REFUSED, 0, "the message is malformed");
      }
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
      out.write(bytes);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(bytes);
    }
  }
}
