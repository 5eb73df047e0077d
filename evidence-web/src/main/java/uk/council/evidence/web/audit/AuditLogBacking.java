package uk.council.evidence.web.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.AuditQuery;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Period;
import uk.council.evidence.web.shell.QueryString;

/**
 * The audit log page: a search by who, what, about what and when (its filters in the address, so a
 * search can be bookmarked and sent), its events newest first a page at a time, the same list as
 * CSV or as a signed extract, and verification of the whole chain.
 */
@Named("auditLog")
@ViewScoped
public class AuditLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject transient AuditLog audit;
  @Inject transient SecurityContext security;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;

  private String who;
  private String action;
  private String about;
  private String aboutId;
  private String since;
  private String until;
  private String page;

  private AuditQuery query;
  private List<AuditEvent> found;
  private ChainVerification verification;
  private final Period<LocalDate> period = new Period<>();

  /** Runs the search in the address; sets the extract's default period once per view. */
  public void init() {
    try {
      query = query();
      found = audit.find(query, pageIndex() * PAGE_SIZE, PAGE_SIZE + 1);
    } catch (InvalidInput e) {
      messages.reject("filter", e);
      query = null;
      found = List.of();
    }
    if (period.getTo() == null) {
      LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
      LocalDate to = query != null && query.to() != null ? query.to() : today;
      period.set(query != null && query.from() != null ? query.from() : to.minusDays(30), to);
    }
  }

  /** The filter form's button: checks the filters, then shows the search at its own address. */
  public String search() {
    try {
      query();
    } catch (InvalidInput e) {
      messages.reject("filter", e);
      return null;
    }
    page = null;
    return "/compliance/audit-log.xhtml?faces-redirect=true&" + parameters(null);
  }

  /** The filters as a query, every mistake named at once. */
  AuditQuery query() {
    List<InvalidInput.Problem> problems = new ArrayList<>();
    LocalDate first = date(since, "since", problems);
    LocalDate last = date(until, "until", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    try {
      return new AuditQuery(who, action, about, aboutId, first, last);
    } catch (InvalidInput e) {
      // The query names its date fields from and to; on this form they are since and until.
      throw new InvalidInput(
          e.problems().stream()
              .map(p -> "to".equals(p.field()) ? new InvalidInput.Problem("until", p.message()) : p)
              .toList());
    }
  }

  private static LocalDate date(String text, String field, List<InvalidInput.Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new InvalidInput.Problem(field, "Enter a real date, for example 2026-11-30."));
      return null;
    }
  }

  public List<Row> getEvents() {
    return found.stream().limit(PAGE_SIZE).map(Row::of).toList();
  }

  public boolean isHasOlder() {
    return found.size() > PAGE_SIZE;
  }

  public boolean isHasNewer() {
    return pageIndex() > 0;
  }

  /** How many events match, counted only when the search is filtered (the whole log is large). */
  public String getMatchText() {
    if (query == null || !query.filtered()) {
      return "Every event, newest first, " + PAGE_SIZE + " to a page.";
    }
    long n = audit.countMatching(query);
    return Plural.of(n, "event") + " " + query.describe() + ", newest first.";
  }

  /** The address of another page of this search. */
  public String pageUrl(int index) {
    return faces.getExternalContext().getRequestContextPath()
        + "/compliance/audit-log.xhtml?"
        + parameters(index);
  }

  /** The address of this search's events as CSV. */
  public String getCsvUrl() {
    return faces.getExternalContext().getRequestContextPath()
        + "/compliance/audit-log.csv?"
        + parameters(null);
  }

  /** The filters of this search, for the signed extract (its period comes from its own form). */
  public AuditQuery getFilter() {
    return query == null ? AuditQuery.everything() : query;
  }

  /** Every action, by its label, for the search's list; the address keeps the action's name. */
  public List<AuditAction> getActions() {
    return Arrays.stream(AuditAction.values())
        .sorted(java.util.Comparator.comparing(AuditAction::label))
        .toList();
  }

  /** An action as the search's list offers it: "Case opened". */
  public String actionLabel(AuditAction action) {
    return sentence(action.label());
  }

  /** "Case opened": an action's label as the first word of a table cell or list item. */
  static String sentence(String label) {
    return label == null || label.isEmpty()
        ? ""
        : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private String parameters(Integer pageIndex) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("who", who);
    values.put("action", action);
    values.put("about", about);
    values.put("aboutId", aboutId);
    values.put("since", since);
    values.put("until", until);
    if (pageIndex != null && pageIndex > 0) {
      values.put("page", Integer.toString(pageIndex));
    }
    values.replaceAll((k, v) -> v == null ? null : v.strip());
    return QueryString.of(values);
  }

  public int pageIndex() {
    try {
      return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page), 100_000));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Walks the whole chain now; the check itself is audited. */
  public void verify() {
    verification = audit.verify();
    audit.record(
        new AuditEntry(
            security.getCallerPrincipal().getName(),
            AuditAction.AUDIT_CHAIN_VERIFIED,
            "audit-log",
            null,
            verification.summary(),
            null,
            clock.instant()));
  }

  public ChainVerification getVerification() {
    return verification;
  }

  /** The signed extract's period: the search's dates, or the last 30 days. */
  public Period<LocalDate> getPeriod() {
    return period;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public String getAboutId() {
    return aboutId;
  }

  public void setAboutId(String aboutId) {
    this.aboutId = aboutId;
  }

  public String getSince() {
    return since;
  }

  public void setSince(String since) {
    this.since = since;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  /** One event as the table shows it. */
  public record Row(
      long seq,
      String when,
      String actor,
      String action,
      String target,
      String details,
      String address,
      String hash) {
    static Row of(AuditEvent e) {
      String target =
          e.getTargetType() == null
              ? ""
              : e.getTargetType() + (e.getTargetId() == null ? "" : " " + e.getTargetId());
      return new Row(
          e.getSeq(),
          Formats.moment(e.getOccurredAt()),
          e.getActor(),
          sentence(AuditAction.labelOf(e.getAction())),
          target,
          e.getDetails(),
          e.getSourceAddress() == null ? "" : e.getSourceAddress(),
          e.getHash().substring(0, 12));
    }
  }
}
