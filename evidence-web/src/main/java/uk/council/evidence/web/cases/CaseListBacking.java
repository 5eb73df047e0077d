package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.casework.entity.CaseQuery;
import uk.council.evidence.casework.entity.CaseRow;
import uk.council.evidence.casework.entity.CaseStatus;
import uk.council.evidence.casework.entity.CaseType;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.QueryString;

/**
 * The case list: the cases this person may see, filtered by status, type, area and a reference or
 * place, at a URL that can be bookmarked. Unknown filter values are ignored rather than refused:
 * they can only come from an edited URL.
 */
@Named("caseList")
@RequestScoped
public class CaseListBacking {

  @Inject Cases cases;
  @Inject FacesContext faces;

  private String status;
  private String type;
  private String area;
  private String q;
  private String page;

  private List<CaseRow> rows;
  private long total;
  private CaseQuery query;

  public void load() {
    query =
        new CaseQuery(
            parse(CaseStatus.class, status),
            parse(CaseType.class, type),
            number(area),
            q,
            pageNumber());
    rows = cases.search(query);
    total = cases.count(query);
  }

  public List<CaseRow> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public String totalText() {
    if (total == 0) {
      return "No cases match.";
    }
    long first = (long) (query.page() - 1) * CaseQuery.PAGE_SIZE + 1;
    long last = first + rows.size() - 1;
    return Plural.of(total, "case")
        + (total > CaseQuery.PAGE_SIZE ? ", showing " + first + " to " + last : "");
  }

  public boolean isHasPrevious() {
    return query.page() > 1;
  }

  public boolean isHasNext() {
    return (long) query.page() * CaseQuery.PAGE_SIZE < total;
  }

  /** The URL of another page of the same search. */
  public String pageUrl(int offset) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("status", status);
    parameters.put("type", type);
    parameters.put("area", area);
    parameters.put("q", q);
    parameters.put("page", Integer.toString(query.page() + offset));
    return faces.getExternalContext().getRequestContextPath()
        + "/cases/index.xhtml?"
        + QueryString.of(parameters);
  }

  public int getPageNumber() {
    return query.page();
  }

  public String opened(CaseRow row) {
    return Formats.dateTime(row.evidenceCase().getOpenedAt());
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.values();
  }

  public CaseType[] getTypes() {
    return CaseType.values();
  }

  public List<ServiceArea> getAreas() {
    return cases.areas();
  }

  private int pageNumber() {
    Long n = number(page);
    return n == null || n > 100_000 ? 1 : n.intValue();
  }

  private static Long number(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> kind, String text) {
    try {
      return text == null || text.isBlank() ? null : Enum.valueOf(kind, text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
