package uk.council.evidence.request.entity;

import java.util.List;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.footage.entity.LibraryRow;
import uk.council.evidence.retention.entity.DeletionRecord;

/**
 * A request's page: the request, where its clock stands, the recordings found for it and its
 * history.
 *
 * @param request the request
 * @param deadline where its clock stands
 * @param urgency red, amber or green, paused, waiting or closed
 * @param extendedPastUsual for FOI, whether its extension runs past forty working days in all
 * @param found the recordings found for it, oldest first
 * @param history its audit events, oldest first
 * @param complaints complaints about how it was handled, oldest first
 * @param deleted the deletion records of recordings made in its window (with the margin) from the
 *     camera or wearer it names: footage deleted before anyone could hold it
 * @param holidaysPublishedTo the last year of published bank holidays the clock counted on
 */
public record RequestView(
    FootageRequest request,
    Deadline deadline,
    Urgency urgency,
    boolean extendedPastUsual,
    List<Found> found,
    List<AuditEvent> history,
    List<RequestComplaint> complaints,
    List<DeletionRecord> deleted,
    java.time.LocalDate holdsKeptUntil,
    java.time.LocalDate reviewDueOn,
    boolean mayBeExtended,
    int holidaysPublishedTo) {

  /**
   * A recording found for the request.
   *
   * @param found what the DPO made of it
   * @param row the recording as the library lists it; null once it is gone (deleted)
   */
  public record Found(FoundRecording found, LibraryRow row) {
    public boolean isGone() {
      return row == null;
    }
  }

  /** The day an FOI internal review under way is due by; null if none is. */
  public java.time.LocalDate reviewDue() {
    return reviewDueOn;
  }

  /** Whether its holds may be released on {@code today}: it is closed and its window has passed. */
  public boolean holdsMayBeReleasedOn(java.time.LocalDate today) {
    return holdsKeptUntil != null && today.isAfter(holdsKeptUntil) && held() > 0;
  }

  /** How many of the recordings found are held for the request now. */
  public long held() {
    return found.stream().filter(f -> f.found().getHoldId() != null).count();
  }
}
