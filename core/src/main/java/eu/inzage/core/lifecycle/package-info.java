/**
 * The lifecycle of an access request, event-sourced: a {@link
 * eu.inzage.core.lifecycle.RequestHistory} holds immutable, timestamped {@link
 * eu.inzage.core.lifecycle.RequestEvent}s, the {@link eu.inzage.core.lifecycle.RequestStatus} is
 * derived from them by {@link eu.inzage.core.lifecycle.Lifecycle}, and an event not allowed in the
 * current status is rejected with an {@link eu.inzage.core.lifecycle.IllegalTransitionException}
 * naming both. Events must be in chronological order. The request's deadline follows from its
 * events through the deadline engine (GDPR Art. 12(3)–(6), see {@code docs/law/deadlines.md}).
 *
 * <h2>Transition table</h2>
 *
 * <p>Phases: {@code NEW} is not submitted; OPEN = {@code SUBMITTED, ACKNOWLEDGED,
 * AWAITING_IDENTITY, EXTENDED, REMINDED} (an answer is owed, the deadline runs); ANSWERED = {@code
 * PARTIALLY_FULFILLED, REFUSED, PROCESSOR_ONLY} (contestable); ESCALATED = {@code COMPLAINT_FILED};
 * CLOSED = {@code FULFILLED, NO_DATA_HELD, WITHDRAWN}.
 *
 * <table>
 *   <caption>Events, the statuses in which they are allowed, and the status after them</caption>
 *   <tr><th>event ({@code type})</th><th>allowed in</th><th>status after</th></tr>
 *   <tr><td>{@code submitted}</td><td>NEW</td><td>SUBMITTED</td></tr>
 *   <tr><td>{@code acknowledged}</td><td>SUBMITTED, REMINDED</td><td>ACKNOWLEDGED</td></tr>
 *   <tr><td>{@code identityRequested}</td><td>OPEN except AWAITING_IDENTITY; once per
 *       request</td><td>AWAITING_IDENTITY</td></tr>
 *   <tr><td>{@code identityProvided}</td><td>AWAITING_IDENTITY</td><td>the status before the
 *       identity request</td></tr>
 *   <tr><td>{@code extensionNotified}</td><td>OPEN; once per request</td><td>EXTENDED</td></tr>
 *   <tr><td>{@code fulfilled}</td><td>OPEN, ANSWERED, ESCALATED</td><td>FULFILLED</td></tr>
 *   <tr><td>{@code partiallyFulfilled}</td><td>OPEN, ANSWERED, ESCALATED</td>
 *       <td>PARTIALLY_FULFILLED</td></tr>
 *   <tr><td>{@code refused}</td><td>OPEN, ANSWERED, ESCALATED</td><td>REFUSED</td></tr>
 *   <tr><td>{@code noDataHeld}</td><td>OPEN, ANSWERED, ESCALATED</td><td>NO_DATA_HELD</td></tr>
 *   <tr><td>{@code processorOnlyClaimed}</td><td>OPEN, ANSWERED, ESCALATED</td>
 *       <td>PROCESSOR_ONLY</td></tr>
 *   <tr><td>{@code reminderSent}</td><td>OPEN, ANSWERED</td><td>REMINDED</td></tr>
 *   <tr><td>{@code complaintFiled}</td><td>any but NEW and WITHDRAWN</td>
 *       <td>COMPLAINT_FILED</td></tr>
 *   <tr><td>{@code withdrawn}</td><td>any but WITHDRAWN</td><td>WITHDRAWN (final)</td></tr>
 * </table>
 *
 * <p>Receipt day: the day sent in the controller's time zone for e-mail, web form and portal; the
 * day posted plus a configurable delivery delay (default 3 days) for post. An identity pause runs
 * from the day asked to the day provided (if still open, until the day of the question); the
 * extension counts if its notice arrived by the one-month date.
 */
package eu.inzage.core.lifecycle;
