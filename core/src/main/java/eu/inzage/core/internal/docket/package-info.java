/** Internal: the iCalendar writer of the docket (ical4j). Not exported; may change at any time. */
package eu.inzage.core.internal.docket;
