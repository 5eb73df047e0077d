package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.RequestKind;
import uk.council.evidence.request.entity.RequestRow;
import uk.council.evidence.request.entity.RequestStatus;
import uk.council.evidence.request.entity.Urgency;

/**
 * The queue of requests: open ones the most urgent first, or the latest closed, filtered by kind. A
 * GET form, so a filtered queue can be bookmarked.
 */
@Named("requestQueue")
@RequestScoped
public class RequestQueueBacking {

  @Inject Requests requests;

  private String kind;
  private String status;
  private List<RequestRow> rows;

  public List<RequestRow> getRows() {
    if (rows == null) {
      rows = requests.queue(chosenKind(), chosenStatus());
    }
    return rows;
  }

  /** "3 overdue, 2 due very soon, ..." of the open requests shown. */
  public String getSummary() {
    if (chosenStatus() == RequestStatus.CLOSED) {
      return Plural.of(getRows().size(), "closed request") + " shown, the latest first.";
    }
    Map<Urgency, Long> counts = new java.util.EnumMap<>(Urgency.class);
    getRows().forEach(r -> counts.merge(r.urgency(), 1L, Long::sum));
    if (counts.isEmpty()) {
      return "No open requests.";
    }
    var parts = new java.util.ArrayList<String>();
    counts.forEach((u, n) -> parts.add(n + " " + u.title().toLowerCase(java.util.Locale.UK)));
    return Plural.of(getRows().size(), "open request") + ": " + String.join(", ", parts) + ".";
  }

  public boolean isClosedShown() {
    return chosenStatus() == RequestStatus.CLOSED;
  }

  private RequestKind chosenKind() {
    try {
      return kind == null || kind.isBlank() ? null : RequestKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private RequestStatus chosenStatus() {
    return "CLOSED".equals(status) ? RequestStatus.CLOSED : RequestStatus.OPEN;
  }

  public String date(java.time.LocalDate day) {
    return uk.council.evidence.web.footage.Formats.date(day);
  }

  /** "3 days left", "due today", "2 days overdue". */
  public String left(RequestRow row) {
    long left = row.daysLeft();
    return left < 0
        ? Plural.of(-left, "day") + " overdue"
        : left == 0 ? "due today" : Plural.of(left, "day") + " left";
  }

  public List<RequestKind> getKinds() {
    return List.of(RequestKind.values());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
