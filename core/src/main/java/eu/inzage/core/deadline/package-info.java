/**
 * The statutory deadline of an access request: GDPR Art. 12(3)–(4) counted under Regulation 1182/71
 * (see {@code docs/law/deadlines.md}). {@link eu.inzage.core.deadline.DeadlineEngine} computes a
 * {@link eu.inzage.core.deadline.Deadline} from a {@link eu.inzage.core.deadline.DeadlineQuery};
 * public holidays come from a {@link eu.inzage.core.deadline.HolidayCalendar} ({@link
 * eu.inzage.core.deadline.HolidayCalendars} for the EU, the EEA and Switzerland), cached per
 * country and year.
 *
 * <p>One engine per organisation: build the {@link eu.inzage.core.deadline.HolidayCalendars} once
 * (regions, bridge days), give them to one {@link eu.inzage.core.deadline.DeadlineEngine}, and give
 * that engine to the lifecycle, the docket and the letters. No component looks up a default engine
 * or calendar on its own; {@code standard()} is only the documented default of a builder. Ask for a
 * controller's deadline with {@link
 * eu.inzage.core.deadline.DeadlineEngine#queryFor(java.time.LocalDate,
 * eu.inzage.core.model.ControllerProfile, String)}.
 */
package eu.inzage.core.deadline;
