package eu.inzage.campaign.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.IntegrityException;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.ChannelType;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The persisted codes never change: a stored row keeps its meaning across versions. The tables are
 * the contract; a renamed or reordered constant must still map to the same code.
 */
class CodesTest {
  private static final Map<RequestStatus, String> STATUSES =
      Map.ofEntries(
          Map.entry(RequestStatus.NEW, "new"),
          Map.entry(RequestStatus.SUBMITTED, "submitted"),
          Map.entry(RequestStatus.ACKNOWLEDGED, "acknowledged"),
          Map.entry(RequestStatus.AWAITING_IDENTITY, "awaitingIdentity"),
          Map.entry(RequestStatus.EXTENDED, "extended"),
          Map.entry(RequestStatus.REMINDED, "reminded"),
          Map.entry(RequestStatus.FULFILLED, "fulfilled"),
          Map.entry(RequestStatus.PARTIALLY_FULFILLED, "partiallyFulfilled"),
          Map.entry(RequestStatus.REFUSED, "refused"),
          Map.entry(RequestStatus.NO_DATA_HELD, "noDataHeld"),
          Map.entry(RequestStatus.PROCESSOR_ONLY, "processorOnly"),
          Map.entry(RequestStatus.COMPLAINT_FILED, "complaintFiled"),
          Map.entry(RequestStatus.WITHDRAWN, "withdrawn"));

  private static final Map<ChannelType, String> CHANNELS =
      Map.of(
          ChannelType.EMAIL, "email",
          ChannelType.WEB_FORM, "webForm",
          ChannelType.POST, "post",
          ChannelType.PORTAL, "portal");

  @Test
  void status_everyConstant_hasItsFixedCode_andReadsBack() {
    assertThat(STATUSES).hasSize(RequestStatus.values().length);
    STATUSES.forEach(
        (status, code) -> {
          assertThat(Codes.status(status)).isEqualTo(code);
          assertThat(Codes.status(code)).isEqualTo(status);
        });
    assertThat(Arrays.stream(RequestStatus.values()).map(Codes::status).collect(Collectors.toSet()))
        .hasSize(RequestStatus.values().length);
  }

  @Test
  void channel_everyConstant_hasItsFixedCode_andReadsBack() {
    assertThat(CHANNELS).hasSize(ChannelType.values().length);
    CHANNELS.forEach(
        (channel, code) -> {
          assertThat(Codes.channel(channel)).isEqualTo(code);
          assertThat(Codes.channel(code)).isEqualTo(channel);
        });
  }

  @Test
  void unknownCode_isAnIntegrityFailure() {
    assertThatThrownBy(() -> Codes.status("NEW")).isInstanceOf(IntegrityException.class);
    assertThatThrownBy(() -> Codes.channel("0")).isInstanceOf(IntegrityException.class);
  }
}
