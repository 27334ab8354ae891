package eu.inzage.adapters;

import eu.inzage.core.model.Address;
import eu.inzage.core.model.ChannelType;
import java.util.List;
import java.util.Objects;

/**
 * One way to submit a request to a controller, with the facts that channel needs. The deadline runs
 * from the day the request reaches any official channel (Art. 12(3) GDPR; EDPB Guidelines 01/2022
 * §159), so every route here is one the controller itself publishes.
 *
 * @param channel the kind of channel
 * @param target the e-mail address, the web form's URL, or for post the addressee line
 * @param purpose what the controller says the channel is for
 * @param address for post, the postal address; otherwise null
 * @param copyTo e-mail addresses that receive a copy (an Art. 27 representative); never null
 * @param formFields for a web form, its fields in order, where known; never null
 */
public record SubmissionRoute(
    ChannelType channel,
    String target,
    String purpose,
    Address address,
    List<String> copyTo,
    List<FormField> formFields) {

  /** Checks the channel and target; makes the lists immutable. */
  public SubmissionRoute {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(target, "target");
    copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
    formFields = formFields == null ? List.of() : List.copyOf(formFields);
  }
}
