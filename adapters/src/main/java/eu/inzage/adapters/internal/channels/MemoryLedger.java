package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.SentLedger;
import eu.inzage.adapters.channels.SubmissionReceipt;
import eu.inzage.core.AlreadyExistsException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SentLedger} in a concurrent map. */
public final class MemoryLedger implements SentLedger {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<Entry> find(String reference) {
    return Optional.ofNullable(entries.get(reference));
  }

  @Override
  public void recordIntent(String reference, String messageId, Instant at) {
    if (entries.putIfAbsent(reference, new Entry(reference, messageId, at, null)) != null) {
      throw new AlreadyExistsException("ledger entry", reference);
    }
  }

  @Override
  public void recordReceipt(SubmissionReceipt receipt) {
    entries.compute(
        receipt.reference(),
        (reference, old) ->
            new Entry(
                reference,
                receipt.messageId(),
                old == null ? receipt.sentAt() : old.intentAt(),
                receipt));
  }

  @Override
  public void clearIntent(String reference) {
    entries.computeIfPresent(
        reference,
        (r, old) -> {
          if (old.receipt() != null) {
            throw new IllegalStateException("ledger entry " + r + " has a receipt; kept");
          }
          return null;
        });
  }

  @Override
  public String toString() {
    return "SentLedger[memory, " + entries.size() + " entries]";
  }
}
