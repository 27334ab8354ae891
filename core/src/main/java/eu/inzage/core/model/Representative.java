package eu.inzage.core.model;

import eu.inzage.core.validation.constraints.EmailAddress;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import jakarta.validation.Valid;

/**
 * A controller's representative in the Union (GDPR Art. 27), designated by a controller without an
 * establishment in the Union; its Member State supplies the deadline calendar (see {@code
 * docs/law/deadlines.md#deadline-country}).
 *
 * @param name legal name
 * @param address postal address
 * @param email e-mail address
 */
public record Representative(
    @Required @PlainText @MaxLength(200) String name,
    @Valid Address address,
    @PlainText @MaxLength(254) @EmailAddress String email) {}
