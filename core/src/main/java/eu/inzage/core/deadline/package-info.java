/**
 * The statutory deadline of an access request: GDPR Art. 12(3)–(4) counted under Regulation 1182/71
 * (see {@code docs/law/deadlines.md}). {@link eu.inzage.core.deadline.DeadlineEngine} computes a
 * {@link eu.inzage.core.deadline.Deadline} from a {@link eu.inzage.core.deadline.DeadlineQuery};
 * public holidays come from a {@link eu.inzage.core.deadline.HolidayCalendar} ({@link
 * eu.inzage.core.deadline.HolidayCalendars} for the EU, the EEA and Switzerland), cached per
 * country and year.
 */
package eu.inzage.core.deadline;
