package uk.council.evidence.web.retention;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.retention.boundary.RetentionPolicy;
import uk.council.evidence.retention.entity.RedatingImpact;
import uk.council.evidence.retention.entity.RetentionCategory;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * An administrator changing one category's retention period: type the period, see what it would do,
 * confirm. The confirmation applies exactly the previewed change, and is refused if the category
 * changed since or the change would now delete more at once than the preview showed.
 */
@Named("retentionPeriod")
@ViewScoped
public class RetentionPeriodBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Weeks shown one by one in the preview; later ones are added up in one row. */
  static final int WEEKS_SHOWN = 8;

  @Inject transient RetentionPolicy policy;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;

  private String category;
  private String name;
  private String description;
  private int currentDays;
  private String days;
  private boolean confirm;
  private boolean loaded;

  private int previewDays;
  private long previewVersion;
  private java.time.Instant previewedAt;
  private RedatingImpact impact;

  /** Loads the category named by the {@code category} parameter, once per view. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    RetentionCategory found =
        policy.categories().stream()
            .filter(c -> c.getCode().equals(category))
            .findFirst()
            .orElse(null);
    if (found == null) {
      faces.getExternalContext().responseSendError(404, "No such retention category");
      faces.responseComplete();
      return;
    }
    name = found.getName();
    description = found.getDescription();
    currentDays = found.getPeriodDays();
  }

  public void preview() {
    impact = null;
    confirm = false;
    try {
      RetentionPolicy.PeriodChange change = policy.preview(category, days);
      previewDays = change.newDays();
      previewVersion = change.version();
      previewedAt = change.previewedAt();
      currentDays = change.category().getPeriodDays();
      impact = change.impact();
    } catch (InvalidInput e) {
      messages.reject("period", e);
    }
  }

  public void change() throws IOException {
    if (impact == null) {
      messages.reject("period", new InvalidInput("periodDays", "Preview the change first."));
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    try {
      RedatingImpact done =
          policy.change(
              category,
              previewDays,
              previewVersion,
              previewedAt,
              impact.dueAtOnce(),
              confirm,
              ((HttpServletRequest) ext.getRequest()).getRemoteAddr());
      messages.notice(
          name
              + " footage is now kept "
              + previewDays
              + " days. "
              + done.recordings()
              + (done.recordings() == 1 ? " recording was" : " recordings were")
              + " re-dated; "
              + done.dueAtOnce()
              + " fell due at once.");
    } catch (InvalidInput e) {
      messages.reject("confirmation", e);
      return;
    }
    ext.redirect(ext.getRequestContextPath() + "/admin/retention.xhtml");
  }

  /** The preview's weeks: the first few one by one, the rest added up. */
  public List<Map.Entry<String, Integer>> getWeeks() {
    List<Map.Entry<String, Integer>> weeks = new ArrayList<>();
    int later = 0;
    for (Map.Entry<LocalDate, Integer> week : impact.newlyDueByWeek().entrySet()) {
      if (weeks.size() < WEEKS_SHOWN) {
        weeks.add(Map.entry("Week of " + Formats.date(week.getKey()), week.getValue()));
      } else {
        later += week.getValue();
      }
    }
    if (later > 0) {
      weeks.add(Map.entry("Later", later));
    }
    return weeks;
  }

  public int getReviewWindowDays() {
    return policy.reviewWindowDays();
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public int getCurrentDays() {
    return currentDays;
  }

  public String getDays() {
    return days;
  }

  public void setDays(String days) {
    this.days = days;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }

  public int getPreviewDays() {
    return previewDays;
  }

  public RedatingImpact getImpact() {
    return impact;
  }
}
