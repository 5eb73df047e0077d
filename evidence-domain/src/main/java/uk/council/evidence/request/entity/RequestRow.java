package uk.council.evidence.request.entity;

import java.time.LocalDate;

/**
 * A request in the queue.
 *
 * @param request the request
 * @param deadline where its clock stands
 * @param urgency red, amber or green, paused, waiting or closed
 * @param daysLeft days to the due date (negative once overdue); 0 for a stopped clock
 * @param complaintDue the day the earliest complaint not yet acknowledged must be acknowledged by;
 *     null if none waits
 * @param reviewDue the day an FOI internal review under way is due by; null if none is
 */
public record RequestRow(
    FootageRequest request,
    Deadline deadline,
    Urgency urgency,
    long daysLeft,
    LocalDate complaintDue,
    LocalDate reviewDue) {

  /**
   * The first day something about the request is due: its reply, a complaint's acknowledgement, or
   * an internal review's result; null if nothing is.
   */
  public LocalDate firstDue() {
    LocalDate first = !request.isClosed() && deadline.isRunning() ? deadline.due() : null;
    for (LocalDate day : new LocalDate[] {complaintDue, reviewDue}) {
      if (day != null && (first == null || day.isBefore(first))) {
        first = day;
      }
    }
    return first;
  }
}
