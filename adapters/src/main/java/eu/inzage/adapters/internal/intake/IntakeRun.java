package eu.inzage.adapters.internal.intake;

import eu.inzage.adapters.intake.AfterProcessing;
import eu.inzage.adapters.intake.AttachmentTarget;
import eu.inzage.adapters.intake.IntakeAttachment;
import eu.inzage.adapters.intake.IntakeHandler;
import eu.inzage.adapters.intake.IntakeRecord;
import eu.inzage.adapters.intake.IntakeReport;
import eu.inzage.adapters.intake.KeepAsideReason;
import eu.inzage.adapters.intake.KeptAside;
import eu.inzage.adapters.intake.MailboxLoginException;
import eu.inzage.adapters.intake.MailboxSecurity;
import eu.inzage.adapters.intake.ReceivedSource;
import eu.inzage.core.StorageException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of the intake over one folder. Logs message keys, references and reasons only. */
public final class IntakeRun {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeRun.class);

  /** Messages fetched in one round trip. */
  static final int BATCH = 25;

  /** The folder is reopened after this many messages, dropping the messages the client caches. */
  static final int REOPEN_AFTER = 500;

  private final IntakeConfig config;
  private final IntakeHandler handler;
  private final int batchSize;
  private final int reopenAfter;
  private final MessageInspector inspector = new MessageInspector();
  private final ReferenceMatcher matcher;
  private Folder folder;
  private Folder destination;
  private int alreadyProcessed;
  private int deleted;
  private boolean uidPlus;

  /** A run with these settings reporting to this handler. */
  public IntakeRun(IntakeConfig config, IntakeHandler handler) {
    this(config, handler, BATCH, REOPEN_AFTER);
  }

  /** A run with other batch and reopen sizes (for tests of the batching itself). */
  IntakeRun(IntakeConfig config, IntakeHandler handler, int batchSize, int reopenAfter) {
    this.config = config;
    this.handler = handler;
    this.batchSize = batchSize;
    this.reopenAfter = reopenAfter;
    this.matcher =
        new ReferenceMatcher(
            config.lookup(),
            config.replyLocalPart(),
            config.replyDomain(),
            config.referencePattern());
  }

  /** Reads every message of the folder once; see {@link eu.inzage.adapters.intake.ReplyIntake}. */
  public IntakeReport run() {
    Session session = Session.getInstance(properties());
    Store store;
    try {
      store = session.getStore(config.security() == MailboxSecurity.IMAPS ? "imaps" : "imap");
    } catch (MessagingException e) {
      throw new StorageException("no IMAP provider is available", e);
    }
    try {
      connect(store);
      uidPlus = ((IMAPStore) store).hasCapability("UIDPLUS");
      folder = store.getFolder(config.folder());
      if (!folder.exists()) {
        throw new StorageException("the mailbox folder to read does not exist", null);
      }
      if (config.afterProcessing() == AfterProcessing.MOVE) {
        destination = store.getFolder(config.moveTo());
        if (!destination.exists() && !destination.create(Folder.HOLDS_MESSAGES)) {
          throw new StorageException(
              "the folder to move processed messages to cannot be created", null);
        }
      }
      int mode =
          config.afterProcessing() == AfterProcessing.LEAVE ? Folder.READ_ONLY : Folder.READ_WRITE;
      folder.open(mode);
      long validity = ((UIDFolder) folder).getUIDValidity();
      long[] uids = listUids();
      reopen(mode, validity);
      int sinceReopen = 0;
      for (int start = 0; start < uids.length; start += batchSize) {
        long[] batch = Arrays.copyOfRange(uids, start, Math.min(uids.length, start + batchSize));
        Message[] messages = ((UIDFolder) folder).getMessagesByUID(batch);
        prefetch(messages);
        for (Message message : messages) {
          if (message != null && !message.isExpunged()) {
            process((MimeMessage) message);
          }
        }
        sinceReopen += batch.length;
        if (sinceReopen >= reopenAfter) {
          reopen(mode, validity);
          sinceReopen = 0;
        }
      }
      return new IntakeReport(List.of(), List.of(), alreadyProcessed, deleted);
    } catch (MessagingException e) {
      throw new StorageException("the IMAP server failed during the intake", e);
    } finally {
      close(store);
    }
  }

  private Properties properties() {
    String protocol = config.security() == MailboxSecurity.IMAPS ? "imaps" : "imap";
    String prefix = "mail." + protocol + ".";
    Properties properties = new Properties();
    String millis = Long.toString(config.timeout().toMillis());
    properties.put(prefix + "connectiontimeout", millis);
    properties.put(prefix + "timeout", millis);
    properties.put(prefix + "peek", "true");
    if (config.security() != MailboxSecurity.PLAIN) {
      properties.put(prefix + "ssl.checkserveridentity", "true");
      if (config.security() == MailboxSecurity.STARTTLS) {
        properties.put(prefix + "starttls.enable", "true");
        properties.put(prefix + "starttls.required", "true");
      }
      if (config.trustStore() != null) {
        properties.put(prefix + "ssl.socketFactory", sslContext().getSocketFactory());
      }
    }
    return properties;
  }

  private SSLContext sslContext() {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(config.trustStore());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new StorageException("the trust store cannot be used for TLS", e);
    }
  }

  private void connect(Store store) {
    try {
      store.connect(config.host(), config.port(), config.user(), new String(config.password()));
    } catch (AuthenticationFailedException e) {
      throw new MailboxLoginException("the IMAP server refused the login");
    } catch (MessagingException e) {
      throw new StorageException(
          "could not connect to the IMAP server ("
              + config.security()
              + " port "
              + config.port()
              + ")",
          e);
    }
  }

  private long[] listUids() throws MessagingException {
    Message[] all = folder.getMessages();
    FetchProfile profile = new FetchProfile();
    profile.add(UIDFolder.FetchProfileItem.UID);
    folder.fetch(all, profile);
    long[] uids = new long[all.length];
    for (int i = 0; i < all.length; i++) {
      uids[i] = ((UIDFolder) folder).getUID(all[i]);
    }
    return uids;
  }

  private void reopen(int mode, long validity) throws MessagingException {
    folder.close(false);
    folder.open(mode);
    if (((UIDFolder) folder).getUIDValidity() != validity) {
      throw new StorageException("the folder's UIDVALIDITY changed during the intake", null);
    }
  }

  /** Fetches the batch's headers and structures in one round trip; on failure each loads alone. */
  private void prefetch(Message[] messages) throws MessagingException {
    List<Message> present = new ArrayList<>();
    for (Message message : messages) {
      if (message != null) {
        present.add(message);
      }
    }
    FetchProfile profile = new FetchProfile();
    profile.add(FetchProfile.Item.ENVELOPE);
    profile.add(FetchProfile.Item.CONTENT_INFO);
    profile.add(IMAPFolder.FetchProfileItem.HEADERS);
    try {
      folder.fetch(present.toArray(new Message[0]), profile);
    } catch (FolderClosedException | StoreClosedException e) {
      throw e;
    } catch (MessagingException | RuntimeException e) {
      LOG.debug("batch fetch failed ({}), messages are read one at a time", e.getClass().getName());
    }
  }

  private void process(MimeMessage message) throws MessagingException {
    Identity identity;
    try {
      identity = inspector.identify(message);
    } catch (MessageRemovedException e) {
      return;
    } catch (FolderClosedException | StoreClosedException e) {
      throw e;
    } catch (MessagingException | RuntimeException e) {
      String key = uidKey(message);
      if (config.processed().contains(key)) {
        alreadyProcessed++;
        return;
      }
      keepAside(
          new KeptAside(null, key, KeepAsideReason.MALFORMED_MIME, "the headers cannot be read"));
      return;
    }
    if (config.processed().contains(identity.messageKey())) {
      alreadyProcessed++;
      if (config.afterProcessing() == AfterProcessing.DELETE) {
        // an earlier run recorded it and stopped before deleting it: finish that
        delete(message, identity.messageKey());
      }
      return;
    }
    Inspection inspection;
    ReferenceMatcher.Outcome outcome;
    try {
      inspection = inspector.inspect(message, identity);
    } catch (HostileMessage e) {
      keepAside(identity, e.reason(), e.getMessage());
      return;
    } catch (MessagingException | IOException | RuntimeException e) {
      // Jakarta Mail's parsers throw runtime exceptions on some malformed input as well
      unreadable(identity, e, "the message structure cannot be read");
      return;
    }
    try {
      // the caller's lookup runs here: its runtime exceptions end the run
      outcome = matcher.match(inspection);
    } catch (MessagingException | IOException e) {
      unreadable(identity, e, "the plain-text body cannot be read");
      return;
    }
    if (!outcome.isMatch()) {
      keepAside(identity, outcome.reason(), outcome.detail());
      return;
    }
    List<IntakeAttachment> attachments = storeAttachments(inspection, outcome.reference());
    if (attachments == null) {
      return;
    }
    IntakeRecord intakeRecord = intakeRecord(message, inspection, outcome, attachments);
    handler.matched(intakeRecord);
    config.processed().add(identity.messageKey());
    LOG.info(
        "reply {} matched to {} by {}", identity.messageKey(), outcome.reference(), outcome.rule());
    afterProcessing(message, identity.messageKey());
  }

  /** Keeps an unreadable message aside, unless the connection failed or the message is gone. */
  private void unreadable(Identity identity, Exception failure, String detail) {
    if (connectionLost(failure)) {
      throw new StorageException("the IMAP connection was lost during the intake", failure);
    }
    if (removed(failure)) {
      return;
    }
    // the failure's own message may quote the message, so only its type is logged
    LOG.debug(
        "message {} cannot be read ({})", identity.messageKey(), failure.getClass().getName());
    keepAside(identity, KeepAsideReason.MALFORMED_MIME, detail);
  }

  private IntakeRecord intakeRecord(
      MimeMessage message,
      Inspection inspection,
      ReferenceMatcher.Outcome outcome,
      List<IntakeAttachment> attachments)
      throws MessagingException {
    Instant received = null;
    ReceivedSource source = ReceivedSource.CLOCK;
    if (config.receivedSource() == ReceivedSource.MAILBOX) {
      Date arrival = message.getReceivedDate();
      if (arrival != null) {
        received = arrival.toInstant();
        source = ReceivedSource.MAILBOX;
      }
    }
    if (received == null) {
      received = config.clock().instant();
    }
    Identity identity = inspection.identity();
    return new IntakeRecord(
        outcome.reference(),
        outcome.rule(),
        identity.messageId(),
        identity.messageKey(),
        received,
        source,
        attachments,
        inspection.bounce(),
        inspection.autoReply());
  }

  /**
   * Streams each attachment to the sink; null when the message turned out unreadable (then what was
   * stored is discarded and the message is kept aside).
   */
  private List<IntakeAttachment> storeAttachments(Inspection inspection, String reference)
      throws MessagingException {
    String key = inspection.identity().messageKey();
    List<IntakeAttachment> stored = new ArrayList<>();
    try {
      for (AttachmentPart part : inspection.attachments()) {
        stored.add(storeOne(part, reference, key, stored.size() + 1));
      }
      return stored;
    } catch (MessagingException | IOException e) {
      if (e instanceof IOException && !fromSource(e)) {
        discard(reference, key);
        throw new StorageException("the attachment sink failed for message " + key, e);
      }
      discard(reference, key);
      unreadable(inspection.identity(), e, "an attachment cannot be read");
      return null;
    }
  }

  private IntakeAttachment storeOne(AttachmentPart part, String reference, String key, int index)
      throws MessagingException, IOException {
    MessageDigest digest = MessageKeys.sha256();
    AttachmentTarget target =
        new AttachmentTarget(reference, key, index, part.fileName(), part.mediaType());
    String location;
    long size;
    try (SourceStream in = new SourceStream(part.part().getInputStream(), digest)) {
      location = config.sink().store(target, in);
      if (in.read() != -1) {
        throw new StorageException("the attachment sink did not read a whole attachment", null);
      }
      size = in.count();
    }
    if (location == null) {
      throw new StorageException("the attachment sink returned no location", null);
    }
    return new IntakeAttachment(
        index, part.fileName(), part.mediaType(), size, MessageKeys.hex(digest.digest()), location);
  }

  private void discard(String reference, String key) {
    try {
      config.sink().discard(reference, key);
    } catch (IOException e) {
      throw new StorageException("the attachment sink could not discard message " + key, e);
    }
  }

  private void afterProcessing(Message message, String key) throws MessagingException {
    switch (config.afterProcessing()) {
      case MARK_SEEN -> message.setFlag(Flags.Flag.SEEN, true);
      case MOVE -> ((IMAPFolder) folder).moveMessages(new Message[] {message}, destination);
      case DELETE -> delete(message, key);
      case LEAVE -> {
        // the mailbox stays as it was
      }
    }
  }

  /**
   * Flags the message {@code \Deleted} and expunges it at once: with UIDPLUS only this message
   * ({@code UID EXPUNGE}), otherwise every message flagged {@code \Deleted} in the folder.
   */
  private void delete(Message message, String key) throws MessagingException {
    message.setFlag(Flags.Flag.DELETED, true);
    if (uidPlus) {
      ((IMAPFolder) folder).expunge(new Message[] {message});
    } else {
      folder.expunge();
    }
    deleted++;
    LOG.info("message {} deleted from the mailbox", key);
  }

  private void keepAside(Identity identity, KeepAsideReason reason, String detail) {
    keepAside(new KeptAside(identity.messageId(), identity.messageKey(), reason, detail));
  }

  private void keepAside(KeptAside aside) {
    LOG.warn("message {} kept aside: {}", aside.messageKey(), aside.reason());
    handler.keptAside(aside);
  }

  /** True when the failure is the connection's, not the message's. */
  private static boolean connectionLost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FolderClosedException || t instanceof StoreClosedException) {
        return true;
      }
    }
    return false;
  }

  /** True when an I/O failure is the message stream's own (not the sink's). */
  private static boolean fromSource(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SourceReadException) {
        return true;
      }
    }
    return false;
  }

  /** True when the message was expunged by someone else meanwhile. */
  private static boolean removed(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MessageRemovedException) {
        return true;
      }
    }
    return false;
  }

  /** The key of a message whose headers cannot be read: its folder's UIDVALIDITY and its UID. */
  private String uidKey(Message message) throws MessagingException {
    UIDFolder uidFolder = (UIDFolder) folder;
    return MessageKeys.ofHeaders(
        List.of("uid " + uidFolder.getUIDValidity() + " " + uidFolder.getUID(message)), 0);
  }

  private void close(Store store) {
    try {
      if (folder != null && folder.isOpen()) {
        folder.close(false);
      }
    } catch (MessagingException e) {
      LOG.debug("closing the folder failed ({})", e.getClass().getName());
    }
    try {
      store.close();
    } catch (MessagingException e) {
      LOG.debug("closing the connection failed ({})", e.getClass().getName());
    }
  }

  /** A failure of the message's own stream (not of the sink). */
  static final class SourceReadException extends IOException {
    private static final long serialVersionUID = 1L;

    SourceReadException(Exception cause) {
      super("the message could not be read", cause);
    }
  }

  /**
   * The message's decoded stream as the sink sees it: hashes and counts every byte, marks the
   * stream's own failures, and skips by reading, so no byte escapes the hash.
   */
  private static final class SourceStream extends FilterInputStream {
    private final MessageDigest digest;
    private long count;

    SourceStream(InputStream in, MessageDigest digest) {
      super(in);
      this.digest = digest;
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b;
      try {
        b = in.read();
      } catch (IOException | RuntimeException e) {
        throw new SourceReadException(e);
      }
      if (b >= 0) {
        digest.update((byte) b);
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read;
      try {
        read = in.read(buffer, offset, length);
      } catch (IOException | RuntimeException e) {
        throw new SourceReadException(e);
      }
      if (read > 0) {
        digest.update(buffer, offset, read);
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[8192];
      long skipped = 0;
      while (skipped < n) {
        int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
        if (read < 0) {
          break;
        }
        skipped += read;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int limit) {
      // not supported
    }

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark and reset are not supported");
    }
  }
}
