/**
 * Internal: the jollyday-backed holiday calendars, their per-year bitsets and the national
 * correction table. Not exported; may change at any time.
 */
package eu.inzage.core.internal.deadline;
