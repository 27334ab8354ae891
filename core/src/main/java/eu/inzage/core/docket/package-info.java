/**
 * The docket (GDPR Arts. 12(3) and 77): which requests are overdue, which fall due soon, which
 * reminders and complaints are due under an {@link eu.inzage.core.docket.EscalationPolicy}, a
 * scoreboard by controller × status × country, and an iCalendar export of due dates without
 * personal data. Start at {@link eu.inzage.core.docket.Docket}: it takes its collaborators (clock,
 * controller profiles, {@link eu.inzage.core.lifecycle.Lifecycle} with its deadline engine and
 * calendars, escalation policy) from its builder and looks none up. Writing the iCalendar file to
 * the caller's stream declares that stream's {@link java.io.IOException}; everything else the
 * docket decides is an unchecked {@link eu.inzage.core.InzageException}.
 */
package eu.inzage.core.docket;
