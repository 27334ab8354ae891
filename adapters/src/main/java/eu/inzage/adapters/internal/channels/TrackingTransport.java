package eu.inzage.adapters.internal.channels;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus's SMTP transport that remembers whether the server said 354 to DATA: from then on the
 * message data are on their way and a failure without a reply leaves the outcome uncertain.
 */
final class TrackingTransport extends SMTPTransport {
  private volatile boolean dataStarted;

  TrackingTransport(Session session, URLName url, String protocol, boolean implicitTls) {
    super(session, url, protocol, implicitTls);
  }

  @Override
  protected OutputStream data() throws MessagingException {
    OutputStream out = super.data();
    dataStarted = true;
    return out;
  }

  /** True once the server accepted the DATA command. */
  boolean dataStarted() {
    return dataStarted;
  }
}
