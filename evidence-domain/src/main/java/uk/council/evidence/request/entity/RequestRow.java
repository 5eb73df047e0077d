package uk.council.evidence.request.entity;

/**
 * A request in the queue.
 *
 * @param request the request
 * @param deadline where its clock stands
 * @param urgency red, amber or green, paused, waiting or closed
 * @param daysLeft days to the due date (negative once overdue); 0 for a stopped clock
 */
public record RequestRow(
    FootageRequest request, Deadline deadline, Urgency urgency, long daysLeft) {}
