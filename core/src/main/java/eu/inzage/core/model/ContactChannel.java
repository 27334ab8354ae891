package eu.inzage.core.model;

import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;

/**
 * One official channel of a controller.
 *
 * @param type the kind of channel
 * @param target the e-mail address, URL, or (for post) the addressee line
 * @param purpose what the channel is for, e.g. "data-subject requests" or "DPO"
 */
public record ContactChannel(
    @Required ChannelType type,
    @Required @PlainText @MaxLength(500) String target,
    @PlainText @MaxLength(200) String purpose) {}
