package eu.inzage.campaign.internal.store;

import eu.inzage.core.IntegrityException;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.ChannelType;
import java.util.function.Function;

/**
 * The persisted codes of the store: stable strings written in its columns, never enum names or
 * ordinals, so renaming or reordering a constant never changes what a stored row means. A switch
 * without a default branch makes a new constant fail to compile until it has a code. Event kinds
 * use {@link eu.inzage.core.lifecycle.EventKind#code()}.
 */
public final class Codes {
  private Codes() {}

  /** The code of a request status in {@code requests.status}. */
  public static String status(RequestStatus status) {
    return switch (status) {
      case NEW -> "new";
      case SUBMITTED -> "submitted";
      case ACKNOWLEDGED -> "acknowledged";
      case AWAITING_IDENTITY -> "awaitingIdentity";
      case EXTENDED -> "extended";
      case REMINDED -> "reminded";
      case FULFILLED -> "fulfilled";
      case PARTIALLY_FULFILLED -> "partiallyFulfilled";
      case REFUSED -> "refused";
      case NO_DATA_HELD -> "noDataHeld";
      case PROCESSOR_ONLY -> "processorOnly";
      case COMPLAINT_FILED -> "complaintFiled";
      case WITHDRAWN -> "withdrawn";
    };
  }

  /**
   * The status with the code.
   *
   * @throws IntegrityException for a code this version does not know
   */
  public static RequestStatus status(String code) {
    return decode(RequestStatus.values(), Codes::status, code, "request status");
  }

  /** The code of a channel type in {@code request_events.channel}. */
  public static String channel(ChannelType channel) {
    return switch (channel) {
      case EMAIL -> "email";
      case POST -> "post";
      case WEB_FORM -> "webForm";
      case PORTAL -> "portal";
    };
  }

  /**
   * The channel type with the code.
   *
   * @throws IntegrityException for a code this version does not know
   */
  public static ChannelType channel(String code) {
    return decode(ChannelType.values(), Codes::channel, code, "channel");
  }

  /**
   * The constant whose code is {@code code}.
   *
   * @throws IntegrityException naming what was read when no constant has the code
   */
  static <T> T decode(T[] constants, Function<T, String> encode, String code, String what) {
    for (T constant : constants) {
      if (encode.apply(constant).equals(code)) {
        return constant;
      }
    }
    throw new IntegrityException("unknown " + what + " code in the store");
  }
}
