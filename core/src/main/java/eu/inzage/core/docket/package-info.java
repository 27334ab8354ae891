/**
 * The docket (GDPR Arts. 12(3) and 77): which requests are overdue, which fall due soon, which
 * reminders and complaints are due under an {@link eu.inzage.core.docket.EscalationPolicy}, a
 * scoreboard by controller × status × country, and an iCalendar export of due dates without
 * personal data. Start at {@link eu.inzage.core.docket.Docket}.
 */
package eu.inzage.core.docket;
