package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The proof that a post bundle went by registered mail: the carrier, its tracking number and the
 * day it was posted. Recorded after posting as the proof of a {@link RequestEvent.Submitted} event
 * through {@link ChannelType#POST}: by post the request reaches the controller on a day the
 * carrier's tracking shows (EDPB Guidelines 01/2022 §159), and the time limit of Art. 12(3) GDPR
 * runs from that day. Immutable and thread-safe.
 *
 * @param carrier the postal operator (e.g. {@code PostNL}, {@code Deutsche Post}): plain text of at
 *     most {@value #MAX_CARRIER_LENGTH} characters
 * @param trackingNumber the tracking number (e.g. a UPU S10 number such as {@code RR123456785NL}):
 *     plain text of at most {@value #MAX_TRACKING_NUMBER_LENGTH} characters
 * @param postedOn the day the bundle was posted; not in the future (checked against a clock by
 *     {@link #requirePostedBy(Clock)} or {@link ModelValidator#create(Clock)})
 */
public record RegisteredMail(
    @Required @PlainText @MaxLength(MAX_CARRIER_LENGTH) String carrier,
    @Required @PlainText @MaxLength(MAX_TRACKING_NUMBER_LENGTH) String trackingNumber,
    @Required @PastOrPresent LocalDate postedOn) {
  /** The longest carrier name, in characters. */
  public static final int MAX_CARRIER_LENGTH = 100;

  /** The longest tracking number, in characters. */
  public static final int MAX_TRACKING_NUMBER_LENGTH = 64;

  /**
   * Checks every part and strips the texts: required, plain text (no CR, LF or other control
   * characters), bounded length. Whether {@code postedOn} lies in the future needs a clock: {@link
   * #requirePostedBy(Clock)}.
   *
   * @throws InvalidInputException with every violation, at {@code carrier}, {@code trackingNumber}
   *     or {@code postedOn} ({@code REQUIRED}, {@code CONTROL_CHARACTERS}, {@code TOO_LONG})
   */
  public RegisteredMail {
    ModelValidator validator = ModelValidator.withoutClock();
    List<Violation> violations = new ArrayList<>();
    violations.addAll(validator.validateField(RegisteredMail.class, "carrier", carrier));
    violations.addAll(
        validator.validateField(RegisteredMail.class, "trackingNumber", trackingNumber));
    violations.addAll(validator.validateField(RegisteredMail.class, "postedOn", postedOn));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    carrier = carrier.strip();
    trackingNumber = trackingNumber.strip();
  }

  /**
   * Returns this proof when it was posted on or before today by {@code clock} (in the clock's
   * zone).
   *
   * @throws InvalidInputException at {@code postedOn} with {@code FUTURE_DATE} otherwise
   */
  public RegisteredMail requirePostedBy(Clock clock) {
    if (postedOn.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException(
          "postedOn", ViolationCode.FUTURE_DATE, "must not lie in the future");
    }
    return this;
  }

  /**
   * The proof as {@link RequestEvent.Submitted#proof()} records it, at most 500 characters: {@code
   * registered mail CARRIER TRACKING posted YYYY-MM-DD}.
   */
  public String proof() {
    return "registered mail " + carrier + " " + trackingNumber + " posted " + postedOn;
  }

  /**
   * The event of the submission by this registered mail: {@code Submitted(at, POST, proof())}.
   *
   * @param at when the bundle was posted (the receipt day follows from the carrier's delivery, not
   *     from this time)
   */
  public RequestEvent.Submitted submitted(Instant at) {
    return new RequestEvent.Submitted(at, ChannelType.POST, proof());
  }
}
