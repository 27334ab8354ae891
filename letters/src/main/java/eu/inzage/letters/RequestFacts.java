package eu.inzage.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the facts a letter states come from: a request file, or the rule for a request sent now.
 * Immutable and thread-safe; its collaborators are given, never looked up.
 *
 * <p>A request file holds either the library's request with its events ({@link RequestHistory}, the
 * JSON that {@code inzage status} reads), from which the receipt day, the due date of Art. 12(3)
 * GDPR, the dated events and the missing Art. 15 items follow; or the {@link LetterFacts}
 * themselves. A document is a request with events when it has a {@code controllerId}, or when its
 * first event has a {@code type}; letter facts have neither.
 */
public final class RequestFacts {
  /** The largest request file read, in bytes. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final ObjectMapper PEEK = InzageJson.newMapper();

  private final ModelValidator validator;
  private final Lifecycle lifecycle;
  private final DeadlineEngine engine;

  private RequestFacts(ModelValidator validator, Lifecycle lifecycle) {
    this.validator = validator;
    this.lifecycle = lifecycle;
    this.engine = lifecycle.engine();
  }

  /**
   * Facts read and validated by {@code validator}, counted with {@code lifecycle} and its deadline
   * engine (pass {@link Letters#lifecycle()} so that letters and facts share one calendar).
   *
   * @param validator reads and validates the JSON (its clock decides what lies in the future)
   * @param lifecycle folds a request's events; its engine computes every due date (Art. 12(3) GDPR)
   */
  public static RequestFacts of(ModelValidator validator, Lifecycle lifecycle) {
    return new RequestFacts(
        Objects.requireNonNull(validator, "validator"),
        Objects.requireNonNull(lifecycle, "lifecycle"));
  }

  /**
   * Reads a request file: a request with its events, or letter facts (see the class comment).
   *
   * @param in the file's content, at most {@link #MAX_BYTES}; read to its end, not closed
   * @param controller the controller the letter goes to; a request with events must name it
   * @param asOf the day the letter is written (an identity pause still open counts until then)
   * @throws InvalidInputException for a file that is too large ({@code TOO_LONG}), malformed or
   *     invalid (with field paths such as {@code missing.2} for an unknown Art. 15 item code), or a
   *     request that names another controller (the field of its controller id)
   * @throws IllegalTransitionException when the events do not follow the request lifecycle
   * @throws IOException when {@code in} cannot be read
   */
  public LetterFacts read(InputStream in, ControllerProfile controller, LocalDate asOf)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException("", ViolationCode.TOO_LONG, "file is too large");
    }
    if (!isRequestWithEvents(bytes)) {
      return validator.read(new ByteArrayInputStream(bytes), LetterFacts.class);
    }
    RequestHistory history = validator.read(new ByteArrayInputStream(bytes), RequestHistory.class);
    if (!history.controllerId().equals(controller.id())) {
      throw new InvalidInputException(
          "controllerId", ViolationCode.INVALID_VALUE, "names another controller than the letter");
    }
    return LetterFacts.fromHistory(history, controller, asOf, lifecycle);
  }

  /**
   * The facts of an access (Art. 15) or erasure (Art. 17) request sent at {@code sentAt}: through
   * an electronic channel it reaches the controller the same day (its time zone), so the letter can
   * state the receipt day and the due date (Art. 12(3) GDPR); by post the receipt day is not known
   * and no date is stated. Other kinds follow a request and state nothing of their own.
   *
   * @param kind the kind of letter
   * @param controller the controller, whose preferred channel and calendar decide
   * @param residence the participant's country of residence (may be null; CH can select the Swiss
   *     regime)
   * @param sentAt when the letter is sent
   */
  public LetterFacts sentAt(
      LetterKind kind, ControllerProfile controller, String residence, Instant sentAt) {
    if ((kind != LetterKind.ACCESS && kind != LetterKind.ERASURE)
        || !isElectronic(controller.preferredChannel())) {
      return LetterFacts.none();
    }
    LocalDate received = DeadlineEngine.receiptDay(sentAt, controller.zone());
    Deadline deadline = engine.compute(engine.queryFor(received, controller, residence).build());
    return LetterFacts.dates(deadline.received(), deadline.due());
  }

  /** Whether a request sent through this channel reaches the controller the day it is sent. */
  public static boolean isElectronic(ChannelType channel) {
    return channel == ChannelType.EMAIL
        || channel == ChannelType.WEB_FORM
        || channel == ChannelType.PORTAL;
  }

  /** A request with events names its controller, or has events with a {@code type}. */
  private static boolean isRequestWithEvents(byte[] bytes) {
    try {
      JsonNode tree = PEEK.readTree(bytes);
      if (tree == null || !tree.isObject()) {
        return false;
      }
      JsonNode events = tree.get("events");
      return tree.has("controllerId")
          || (events != null && events.isArray() && !events.isEmpty() && events.get(0).has("type"));
    } catch (IOException e) {
      return false; // not JSON: reading it as letter facts reports it with the right code
    }
  }

  @Override
  public String toString() {
    return "RequestFacts[engine=" + engine + "]";
  }
}
