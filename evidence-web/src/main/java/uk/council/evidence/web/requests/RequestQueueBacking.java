package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.MonthCount;
import uk.council.evidence.request.entity.RequestKind;
import uk.council.evidence.request.entity.RequestQueue;
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
  @Inject java.time.Clock clock;

  private String kind;
  private String status;
  private String page;
  private RequestQueue queue;
  private List<MonthCount> months;

  /** Requests a page of the queue shows: the most urgent first, then page by page. */
  static final int PAGE_SIZE = 50;

  /** Months the counts cover. */
  static final int MONTHS = 12;

  /** The chart's geometry, in its own units: a label column, then the bars. */
  static final int LABEL_WIDTH = 70;

  static final int CHART_WIDTH = 400;
  static final int ROW_HEIGHT = 26;

  /** The page of the queue asked for. */
  private RequestQueue queue() {
    if (queue == null) {
      queue = requests.queue(chosenKind(), chosenStatus(), askedPage(), PAGE_SIZE);
    }
    return queue;
  }

  /** The page's part of the queue. */
  public List<RequestRow> getShown() {
    return queue().rows();
  }

  /** The page shown, from 1; a page past the last shows the last. */
  public int getPage() {
    return queue().page();
  }

  public int getPages() {
    return queue().pages();
  }

  private int askedPage() {
    try {
      return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** "Requests 51 to 100 of 1,105", when there is more than one page. */
  public String getShowing() {
    int from = (getPage() - 1) * PAGE_SIZE + 1;
    return String.format(
        java.util.Locale.UK,
        "Requests %,d to %,d of %,d",
        from,
        from + getShown().size() - 1,
        queue().total());
  }

  /** The address of page {@code n} of the queue as it is filtered. */
  public String pageUrl(int n) {
    StringBuilder url = new StringBuilder("?page=").append(n);
    if (kind != null && !kind.isBlank()) {
      url.append("&kind=")
          .append(java.net.URLEncoder.encode(kind, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (isClosedShown()) {
      url.append("&status=CLOSED");
    }
    return url.toString();
  }

  /** "3 overdue, 2 due very soon, ..." of the open requests shown. */
  public String getSummary() {
    if (chosenStatus() == RequestStatus.CLOSED) {
      return Plural.of(queue().total(), "closed request") + " shown, the latest first.";
    }
    Map<Urgency, Long> counts = queue().counts();
    if (counts.isEmpty()) {
      return "No open requests.";
    }
    var parts = new java.util.ArrayList<String>();
    counts.forEach((u, n) -> parts.add(n + " " + u.title().toLowerCase(java.util.Locale.UK)));
    return Plural.of(queue().total(), "open request") + ": " + String.join(", ", parts) + ".";
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

  /** "3 days left", "due today", "2 days overdue": to the first thing due. */
  public String left(RequestRow row) {
    long left = java.time.temporal.ChronoUnit.DAYS.between(today(), row.firstDue());
    return left < 0
        ? Plural.of(-left, "day") + " overdue"
        : left == 0 ? "due today" : Plural.of(left, "day") + " left";
  }

  /** What is due next on a request, in words: its reply, a complaint's acknowledgement, or both. */
  public String due(RequestRow row) {
    var parts = new java.util.ArrayList<String>();
    if (!row.request().isClosed() && row.deadline().isRunning()) {
      parts.add("Reply by " + date(row.deadline().due()));
    }
    if (row.complaintDue() != null) {
      parts.add("Acknowledge complaint by " + date(row.complaintDue()));
    }
    if (row.reviewDue() != null) {
      parts.add("Internal review by " + date(row.reviewDue()));
    }
    if (parts.isEmpty()) {
      return row.request().isClosed()
          ? "Nothing: replied " + date(row.request().getClosedOn())
          : "None while the clock is stopped";
    }
    return String.join("; ", parts);
  }

  /**
   * The status shown: the clock's; for a closed request, its review or complaint waiting, or
   * closed.
   */
  public String status(RequestRow row) {
    if (!row.request().isClosed()) {
      return row.urgency().title();
    }
    if (row.reviewDue() != null) {
      return "Internal review";
    }
    return row.complaintDue() != null ? "Complaint to acknowledge" : Urgency.CLOSED.title();
  }

  /** The colour of the status tag: a closed request's by its complaint's or review's due day. */
  public String colour(RequestRow row) {
    return row.request().isClosed() && row.firstDue() != null
        ? Urgency.due(row.firstDue(), today()).getColour()
        : row.urgency().getColour();
  }

  private java.time.LocalDate today() {
    return java.time.LocalDate.now(
        clock.withZone(uk.council.evidence.platform.entity.CouncilTime.ZONE));
  }

  /** The last twelve months' counts, oldest first. */
  public List<MonthCount> getMonths() {
    if (months == null) {
      months = requests.monthly(MONTHS);
    }
    return months;
  }

  /** "March 2027". */
  public String month(MonthCount m) {
    return m.month()
        .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
  }

  /** The refusals of a month by reason, "s.40(2) 2, s.14 1", or "None". */
  public String refusals(MonthCount m) {
    if (m.refused().isEmpty()) {
      return "None";
    }
    var parts = new java.util.ArrayList<String>();
    m.refused().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.add(e.getKey().title() + ": " + e.getValue()));
    return String.join("; ", parts);
  }

  /** One month's bars in the chart: received, and answered in time and late, to one scale. */
  public record Bar(
      String label, int y, int received, int inTime, int late, int lateX, long receivedCount) {}

  /** The chart's bars, one pair per month, scaled to the busiest month. */
  public List<Bar> getBars() {
    long most = 1;
    for (MonthCount m : getMonths()) {
      most = Math.max(most, Math.max(m.received(), m.answered()));
    }
    var bars = new java.util.ArrayList<Bar>();
    int y = 0;
    for (MonthCount m : getMonths()) {
      int inTime = (int) (m.inTime() * CHART_WIDTH / most);
      bars.add(
          new Bar(
              m.month()
                  .format(
                      java.time.format.DateTimeFormatter.ofPattern("MMM yy", java.util.Locale.UK)),
              y,
              (int) (m.received() * CHART_WIDTH / most),
              inTime,
              (int) (m.late() * CHART_WIDTH / most),
              LABEL_WIDTH + inTime,
              m.received()));
      y += ROW_HEIGHT;
    }
    return bars;
  }

  public int getChartHeight() {
    return getMonths().size() * ROW_HEIGHT;
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

  public String getPageParam() {
    return page;
  }

  public void setPageParam(String page) {
    this.page = page;
  }
}
