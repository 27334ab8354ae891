package eu.inzage.core.docket;

import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.lifecycle.RequestStatus;

/**
 * One request as the docket sees it on a given day. Holds ids and dates, no personal data.
 *
 * @param requestId the request
 * @param participantId the participant's pseudonymous id, or null
 * @param controllerId the controller
 * @param residence the participant's country of residence, or null
 * @param status the status derived from the events
 * @param deadline the statutory deadline, or null before submission
 * @param overdue whether a complete answer is owed (the request is open, or answered only in part)
 *     and the due date has passed
 * @param next the next action, or null when nothing is left to do
 */
public record DocketEntry(
    String requestId,
    String participantId,
    String controllerId,
    String residence,
    RequestStatus status,
    Deadline deadline,
    boolean overdue,
    NextAction next) {}
