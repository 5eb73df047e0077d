package uk.council.evidence.web.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.retention.boundary.DeletionSweep;
import uk.council.evidence.retention.boundary.RetentionPolicy;
import uk.council.evidence.retention.boundary.SweepSchedule;
import uk.council.evidence.retention.entity.RetentionCategory;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * The administrator's retention screen: the periods per category, running the deletion sweep now,
 * and what it deleted.
 */
@Named("retention")
@RequestScoped
public class RetentionBacking {

  @Inject DeletionSweep sweep;
  @Inject SweepSchedule schedule;
  @Inject RetentionPolicy policy;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private List<DeletionSweep.Deleted> latest;
  private List<RetentionCategory> categories;

  public int getReviewWindowDays() {
    return policy.reviewWindowDays();
  }

  /** "Every 15 minutes", or "Every minute" (the demo). */
  public String getSweepInterval() {
    int minutes = schedule.everyMinutes();
    return minutes == 1 ? "Every minute" : "Every " + minutes + " minutes";
  }

  public List<RetentionCategory> getCategories() {
    if (categories == null) {
      categories = policy.categories();
    }
    return categories;
  }

  /** When the timer runs the sweep next; none registered means nothing would ever be deleted. */
  public String getNextSweep() {
    return schedule
        .next()
        .map(Formats::dateTime)
        .orElse("None: the sweep's timer is not registered. Restart the application.");
  }

  /** What the latest scheduled sweeps did, newest first, since the server started. */
  public String getLastSweep() {
    var runs = schedule.recent();
    if (runs.isEmpty()) {
      return "Not yet since the server started (the first runs 30 seconds after start-up).";
    }
    return runs.stream()
        .map(
            r ->
                Formats.dateTime(r.at())
                    + (r.alreadyRunning()
                        ? ": another sweep was running"
                        : ": deleted "
                            + r.deleted()
                            + (r.deleted() == 1 ? " recording" : " recordings")))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  public List<DeletionSweep.Deleted> getLatest() {
    if (latest == null) {
      latest = sweep.latest(50);
    }
    return latest;
  }

  public String time(Instant instant) {
    return Formats.dateTime(instant);
  }

  public String size(long bytes) {
    return Formats.size(bytes);
  }

  public void sweepNow() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    var result = sweep.sweepNow(((HttpServletRequest) ext.getRequest()).getRemoteAddr());
    messages.notice(
        result.alreadyRunning()
            ? "Another sweep is running (on this or another server): it deletes what has fallen due."
            : "The sweep deleted "
                + Plural.of(result.deleted(), "recording")
                + " that had fallen due and "
                + Plural.word(result.deleted(), "was", "were")
                + " not held.");
    ext.redirect(ext.getRequestContextPath() + "/admin/retention.xhtml");
  }
}
