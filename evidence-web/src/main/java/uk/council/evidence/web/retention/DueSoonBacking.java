package uk.council.evidence.web.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.DueSoon;
import uk.council.evidence.web.footage.Formats;

/**
 * Unheld footage due for deletion in the next week, per wearer and per service area, so that nobody
 * loses evidence by forgetting to flag it; and the count on the home pages.
 */
@Named("dueSoon")
@RequestScoped
public class DueSoonBacking {

  /** "Soon": the next seven days. */
  public static final int DAYS = 7;

  @Inject FootageLibrary library;
  @Inject Clock clock;

  private List<DueSoon> groups;
  private Long mine;

  public List<DueSoon> getByWearer() {
    if (groups == null) {
      groups = library.dueSoon(DAYS);
    }
    return groups;
  }

  /** The same recordings per service area: one row per area, its total and soonest date. */
  public List<DueSoon> getByArea() {
    Map<String, DueSoon> areas = new LinkedHashMap<>();
    for (DueSoon g : getByWearer()) {
      String key = String.valueOf(g.areaId());
      DueSoon sum = areas.get(key);
      areas.put(
          key,
          sum == null
              ? new DueSoon(null, null, g.areaId(), g.areaName(), g.recordings(), g.soonest())
              : new DueSoon(
                  null,
                  null,
                  g.areaId(),
                  g.areaName(),
                  sum.recordings() + g.recordings(),
                  sum.soonest().isBefore(g.soonest()) ? sum.soonest() : g.soonest()));
    }
    return List.copyOf(areas.values());
  }

  public int getDays() {
    return DAYS;
  }

  public long getTotal() {
    return getByWearer().stream().mapToLong(DueSoon::recordings).sum();
  }

  /** The signed-in person's own recordings due soon, for their home page. */
  public long getMine() {
    if (mine == null) {
      mine = library.myDueSoon(DAYS);
    }
    return mine;
  }

  public String countdown(DueSoon g) {
    return Formats.countdown(g.soonest(), clock.instant());
  }

  /** The library, filtered to this group's due footage, soonest first. */
  public String libraryQuery(DueSoon g) {
    StringBuilder q = new StringBuilder("dueWithin=" + DAYS + "&sort=DUE_SOONEST");
    q.append(g.wearerId() != null ? "&wearer=" + g.wearerId() : "&attribution=UNATTRIBUTED");
    if (g.areaId() != null) {
      q.append("&area=").append(g.areaId());
    }
    return q.toString();
  }
}
