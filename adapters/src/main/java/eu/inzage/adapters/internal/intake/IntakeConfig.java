package eu.inzage.adapters.internal.intake;

import eu.inzage.adapters.intake.AfterProcessing;
import eu.inzage.adapters.intake.AttachmentSink;
import eu.inzage.adapters.intake.MailboxSecurity;
import eu.inzage.adapters.intake.ProcessedMessages;
import eu.inzage.adapters.intake.ReceivedSource;
import eu.inzage.adapters.intake.RequestLookup;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The checked settings of one {@link eu.inzage.adapters.intake.ReplyIntake}.
 *
 * @param moveTo the destination folder when {@code afterProcessing} is MOVE, null otherwise
 * @param replyLocalPart lower case
 * @param replyDomain lower case, or null for any domain
 * @param referencePattern how a reference looks in a subject or body
 */
@SuppressWarnings("ArrayRecordComponent") // the password is a char[] so the caller may clear theirs
public record IntakeConfig(
    String host,
    int port,
    MailboxSecurity security,
    String user,
    char[] password,
    String folder,
    KeyStore trustStore,
    Duration timeout,
    RequestLookup lookup,
    AttachmentSink sink,
    ProcessedMessages processed,
    Clock clock,
    ReceivedSource receivedSource,
    AfterProcessing afterProcessing,
    String moveTo,
    String replyLocalPart,
    String replyDomain,
    Pattern referencePattern) {

  /** Host, port and security only: never the user or the password. */
  @Override
  public String toString() {
    return "IntakeConfig[" + security + " " + host + ":" + port + "]";
  }
}
