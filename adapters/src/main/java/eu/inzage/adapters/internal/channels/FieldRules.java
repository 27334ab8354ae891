package eu.inzage.adapters.internal.channels;

import eu.inzage.core.validation.constraints.EmailAddress;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;

/**
 * The checks of every value that becomes part of a mail header, with the constraints of {@code
 * eu.inzage.core.validation.constraints}: one reading of "plain text" and "e-mail address" for the
 * whole project. A CR or LF in a header value would let a caller add headers or recipients (header
 * injection), so every such value is refused before anything is assembled or sent. Read by {@link
 * Checks}.
 *
 * @param address an e-mail address
 * @param displayName a display name
 * @param subject a subject line
 * @param fileName an attachment's file name
 * @param mediaType an attachment's media type
 */
record FieldRules(
    @Required @PlainText @EmailAddress @MaxLength(254) String address,
    @PlainText @MaxLength(200) String displayName,
    @Required @PlainText @MaxLength(400) String subject,
    @Required @PlainText @MaxLength(200) String fileName,
    @Required @PlainText @MaxLength(127) String mediaType) {}
