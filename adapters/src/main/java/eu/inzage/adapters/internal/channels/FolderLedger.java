package eu.inzage.adapters.internal.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.IntegrityException;
import eu.inzage.core.StorageException;
import eu.inzage.core.validation.Identifiers;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SentLedger} in a folder: {@code REFERENCE.json} per reference, holding the intent and,
 * once sent, the receipt. An intent is created only when no file exists (an atomic hard link), a
 * receipt replaces it in one atomic rename. The files hold the recipients' addresses (the
 * controllers'), so the folder belongs with the organisation's other records.
 */
public final class FolderLedger implements SentLedger {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  /** A ledger in the folder, created when missing. */
  public FolderLedger(Path folder) {
    this.folder = AtomicFiles.folder(folder, "ledger");
  }

  @Override
  public synchronized Optional<Entry> find(String reference) {
    Path file = file(reference);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StorageException("reading ledger entry " + reference + " failed", e);
    }
    try {
      return Optional.of(parse(reference, JSON.readTree(bytes)));
    } catch (IOException | RuntimeException e) {
      // no cause: a parser's message may quote the file's content (addresses)
      throw new IntegrityException(
          "ledger entry " + reference + " is not readable (" + e.getClass().getSimpleName() + ")");
    }
  }

  @Override
  public synchronized void recordIntent(String reference, String messageId, Instant at) {
    ObjectNode node = JSON.createObjectNode();
    node.put("reference", reference);
    node.put("messageId", messageId);
    node.put("intentAt", at.toString());
    try {
      AtomicFiles.writeNew(file(reference), JSON.writeValueAsBytes(node));
    } catch (FileAlreadyExistsException e) {
      throw new AlreadyExistsException("ledger entry", reference);
    } catch (IOException e) {
      throw new StorageException("recording the intent of " + reference + " failed", e);
    }
  }

  @Override
  public synchronized void recordReceipt(SubmissionReceipt receipt) {
    Instant intentAt = find(receipt.reference()).map(Entry::intentAt).orElse(receipt.sentAt());
    ObjectNode node = JSON.createObjectNode();
    node.put("reference", receipt.reference());
    node.put("messageId", receipt.messageId());
    node.put("intentAt", intentAt.toString());
    ObjectNode sent = node.putObject("receipt");
    sent.put("route", receipt.route().name());
    sent.put("sentAt", receipt.sentAt().toString());
    sent.put("sha256", receipt.sha256());
    ArrayNode recipients = sent.putArray("recipients");
    receipt.recipients().forEach(recipients::add);
    ArrayNode names = sent.putArray("attachmentNames");
    receipt.attachmentNames().forEach(names::add);
    try {
      AtomicFiles.replace(file(receipt.reference()), JSON.writeValueAsBytes(node));
    } catch (IOException e) {
      throw new StorageException("recording the receipt of " + receipt.reference() + " failed", e);
    }
  }

  @Override
  public synchronized void clearIntent(String reference) {
    Optional<Entry> entry = find(reference);
    if (entry.isEmpty()) {
      return;
    }
    if (entry.get().receipt() != null) {
      throw new IllegalStateException("ledger entry " + reference + " has a receipt; kept");
    }
    try {
      Files.deleteIfExists(file(reference));
    } catch (IOException e) {
      throw new StorageException("clearing the intent of " + reference + " failed", e);
    }
  }

  private Path file(String reference) {
    return folder.resolve(Identifiers.require("reference", reference) + ".json");
  }

  private static Entry parse(String reference, JsonNode node) {
    if (!reference.equals(node.path("reference").asText())) {
      throw new IllegalArgumentException("the file names another reference");
    }
    String messageId = node.path("messageId").asText();
    Instant intentAt = Instant.parse(node.path("intentAt").asText());
    JsonNode sent = node.get("receipt");
    SubmissionReceipt receipt = null;
    if (sent != null) {
      receipt =
          new SubmissionReceipt(
              reference,
              SubmissionReceipt.Route.valueOf(sent.path("route").asText()),
              messageId,
              Instant.parse(sent.path("sentAt").asText()),
              sent.path("sha256").asText(),
              texts(sent.path("recipients")),
              texts(sent.path("attachmentNames")));
    }
    return new Entry(reference, messageId, intentAt, receipt);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Override
  public String toString() {
    return "SentLedger[folder]";
  }
}
