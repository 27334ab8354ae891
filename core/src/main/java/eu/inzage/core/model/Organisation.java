package eu.inzage.core.model;

import eu.inzage.core.internal.validation.EmailAddress;
import eu.inzage.core.internal.validation.MaxLength;
import eu.inzage.core.internal.validation.PlainText;
import eu.inzage.core.internal.validation.Required;
import jakarta.validation.Valid;

/**
 * The organisation that acts for the participants: the agent of the mandate (see {@code
 * docs/law/mandate.md#the-agent}) and, for complaints under Art. 80(1) GDPR, a not-for-profit body
 * with public-interest statutory objectives.
 *
 * @param name legal name
 * @param legalForm legal form (Stichting, e.V., association loi 1901 …)
 * @param registration registration number (e.g. chamber of commerce)
 * @param address registered address
 * @param email contact e-mail address, where controllers send answers
 * @param website web site
 * @param signatory the person who signs on the organisation's behalf
 * @param statutoryObjectives the statutory objectives, for Art. 80 follow-up (optional)
 */
public record Organisation(
    @Required @PlainText @MaxLength(200) String name,
    @PlainText @MaxLength(100) String legalForm,
    @PlainText @MaxLength(100) String registration,
    @Valid Address address,
    @PlainText @MaxLength(254) @EmailAddress String email,
    @PlainText @MaxLength(200) String website,
    @PlainText @MaxLength(200) String signatory,
    @PlainText @MaxLength(4000) String statutoryObjectives) {}
