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
   * The facts of an access (Art. 15) or erasure (Art. 17) request sent at {@code sentAt} through
   * the controller's preferred channel: {@link #sent} with the day of {@code sentAt} in the
   * controller's time zone.
   *
   * @param kind the kind of letter
   * @param controller the controller, whose preferred channel and calendar decide
   * @param residence the participant's country of residence (may be null; CH can select the Swiss
   *     regime)
   * @param sentAt when the letter is sent
   */
  public LetterFacts sentAt(
      LetterKind kind, ControllerProfile controller, String residence, Instant sentAt) {
    return sent(
        kind,
        controller,
        residence,
        DeadlineEngine.receiptDay(sentAt, controller.zone()),
        controller.preferredChannel());
  }

  /**
   * The facts of a letter sent on {@code sentOn} through {@code channel}. An access (Art. 15) or
   * erasure (Art. 17) request sent through an electronic channel reaches the controller the day it
   * is sent, so the letter states the receipt day and the due date (Art. 12(3) GDPR), counted with
   * the controller's calendar; by post the receipt day is not known and no date is stated. Other
   * kinds follow a request and state nothing of their own. Without {@code sentOn} no date is stated
   * at all: the day a letter is written is not the day it is sent.
   *
   * @param kind the kind of letter
   * @param controller the controller, whose calendar counts the period
   * @param residence the participant's country of residence (may be null; CH can select the Swiss
   *     regime)
   * @param sentOn the day the letter is sent, in the controller's time zone, or null: not known
   * @param channel the channel it is sent through, or null: post
   */
  public LetterFacts sent(
      LetterKind kind,
      ControllerProfile controller,
      String residence,
      LocalDate sentOn,
      ChannelType channel) {
    LetterFacts.Builder facts = LetterFacts.builder().sentOn(sentOn).channel(channel);
    if (sentOn != null
        && (kind == LetterKind.ACCESS || kind == LetterKind.ERASURE)
        && isElectronic(channel)) {
      Deadline deadline = engine.compute(engine.queryFor(sentOn, controller, residence).build());
      facts.received(deadline.received()).due(deadline.due());
    }
    return facts.build();
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
