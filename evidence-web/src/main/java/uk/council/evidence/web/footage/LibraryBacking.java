package uk.council.evidence.web.footage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.LibraryPage;
import uk.council.evidence.footage.entity.LibraryQuery;
import uk.council.evidence.footage.entity.LibraryQuery.Attribution;
import uk.council.evidence.footage.entity.LibraryQuery.Sort;
import uk.council.evidence.footage.entity.LibraryRow;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Period;
import uk.council.evidence.web.shell.QueryString;

/**
 * The footage library's search. The filters live in the URL (bookmarkable, and the back button
 * works): the form posts, is checked, and redirects to the URL of the search; a search that cannot
 * run keeps what was typed and says what is wrong.
 */
@Named("library")
@RequestScoped
public class LibraryBacking {

  @Inject FootageLibrary library;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private final Period<String> period = new Period<>();
  private String wearer;
  private String camera;
  private String area;
  private String attribution;
  private String dueWithin;
  private String sort;
  private String page;

  private LibraryPage results;

  /** Runs the search in the URL when the page opens. */
  public void load() {
    try {
      results = library.search(query(), ClientAddress.of(faces));
    } catch (InvalidInput e) {
      messages.reject("filters", e);
    }
  }

  /** The form's button: checks the filters, then shows the search at its own URL. */
  public String search() {
    try {
      query();
    } catch (InvalidInput e) {
      messages.reject("filters", e);
      return null;
    }
    page = null;
    return "/footage/library.xhtml?faces-redirect=true&" + parameters(null);
  }

  /** The filters as a query, every mistake named at once. */
  LibraryQuery query() {
    var problems = new ArrayList<InvalidInput.Problem>();
    Instant start = time(period.getFrom(), "from", "the start", problems);
    Instant end = time(period.getTo(), "to", "the end", problems);
    Long wearerId = id(wearer);
    Long cameraId = id(camera);
    Long areaId = id(area);
    Integer due = null;
    if (present(dueWithin)) {
      try {
        due = Integer.parseInt(dueWithin.strip());
      } catch (NumberFormatException e) {
        problems.add(
            new InvalidInput.Problem("dueWithin", "Enter the number of days as a whole number."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new LibraryQuery(
        start,
        end,
        wearerId,
        cameraId,
        areaId,
        choice(Attribution.class, attribution),
        due,
        choice(Sort.class, sort),
        pageNumber());
  }

  private static Instant time(
      String text, String field, String name, List<InvalidInput.Problem> problems) {
    if (!present(text)) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(CouncilTime.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(
          new InvalidInput.Problem(
              field, "Enter " + name + " as a date and time, for example 20/11/2026 08:00."));
      return null;
    }
  }

  private static Long id(String text) {
    try {
      return present(text) ? Long.valueOf(text.strip()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String text) {
    try {
      return present(text) ? Enum.valueOf(type, text.strip()) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private int pageNumber() {
    try {
      return present(page) ? Math.max(1, Integer.parseInt(page.strip())) : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** The search's URL parameters, with {@code newPage} as the page (null: leave it out). */
  String parameters(Integer newPage) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("from", period.getFrom());
    values.put("to", period.getTo());
    values.put("wearer", wearer);
    values.put("camera", camera);
    values.put("area", area);
    values.put("attribution", attribution);
    values.put("dueWithin", dueWithin);
    values.put("sort", sort);
    if (newPage != null) {
      values.put("page", newPage.toString());
    }
    return QueryString.of(values);
  }

  /** The URL of another page of the same search. */
  public String pageUrl(int number) {
    return faces.getExternalContext().getRequestContextPath()
        + "/footage/library.xhtml?"
        + parameters(number);
  }

  public String countdown(LibraryRow row) {
    return row.held() ? "Held" : Formats.countdown(row.deletionDueAt(), clock.instant());
  }

  public String when(LibraryRow row) {
    return Formats.moment(row.recordedStart());
  }

  public String length(LibraryRow row) {
    return row.duration() == null ? "" : Formats.duration(row.duration());
  }

  public String totalText() {
    if (results == null) {
      return "";
    }
    if (results.total() == 0) {
      return "No recordings match.";
    }
    String total =
        results.isTotalCapped()
            ? "more than " + String.format("%,d", LibraryPage.COUNT_LIMIT)
            : String.format("%,d", results.total());
    return "Showing "
        + results.firstShown()
        + " to "
        + results.lastShown()
        + " of "
        + total
        + " recordings";
  }

  public LibraryPage getResults() {
    return results;
  }

  public Sort[] getSorts() {
    return Sort.values();
  }

  /** Whether any row on this page may be flagged as evidence, so the column is worth showing. */
  public boolean isMayFlag() {
    return getResults() != null && getResults().rows().stream().anyMatch(LibraryRow::mayFlag);
  }

  /** Whether the person sees footage beyond their own, so the wearer filter is worth showing. */
  public boolean isSeesOthers() {
    return library.seesOthers();
  }

  public Period<String> getPeriod() {
    return period;
  }

  public String getWearer() {
    return wearer;
  }

  public void setWearer(String wearer) {
    this.wearer = wearer;
  }

  public String getCamera() {
    return camera;
  }

  public void setCamera(String camera) {
    this.camera = camera;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getAttribution() {
    return attribution;
  }

  public void setAttribution(String attribution) {
    this.attribution = attribution;
  }

  public String getDueWithin() {
    return dueWithin;
  }

  public void setDueWithin(String dueWithin) {
    this.dueWithin = dueWithin;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
