package uk.council.evidence.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.AuditQuery;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.CsvText;

/**
 * The events of an audit log search as CSV, oldest first, read a batch at a time so that memory
 * stays flat however many match. The export is audited before it is sent, with its filters and
 * count. Protected with the rest of {@code /compliance/*}; the boundary asks the access policy too.
 */
@WebServlet("/compliance/audit-log.csv")
public class AuditLogCsv extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 1_000;

  @Inject transient AuditLog audit;
  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditQuery query;
    try {
      query =
          new AuditQuery(
              request.getParameter("who"),
              request.getParameter("action"),
              request.getParameter("about"),
              request.getParameter("aboutId"),
              date(request.getParameter("since")),
              date(request.getParameter("until")));
    } catch (InvalidInput | DateTimeParseException e) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "The search is not valid: open it on the page.");
      return;
    }
    long count = audit.countMatching(query);
    audit.record(
        AuditEntry.of(
                request.getUserPrincipal().getName(),
                AuditAction.AUDIT_LOG_EXPORTED,
                "audit-log",
                null,
                clock.instant())
            .withDetails("CSV of " + count + " events: " + query.describe())
            .from(request.getRemoteAddr()));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"audit-log_" + CouncilTime.fileStamp(clock.instant()) + ".csv\"");
    PrintWriter out = response.getWriter();
    out.print(
        "seq,occurred_at_utc,actor,action,target_type,target_id,details,source_address,hash\r\n");
    long after = 0;
    while (true) {
      List<AuditEvent> batch = audit.findAfter(query, after, BATCH);
      for (AuditEvent e : batch) {
        out.print(row(e));
      }
      if (batch.size() < BATCH) {
        break;
      }
      after = batch.get(batch.size() - 1).getSeq();
    }
    out.flush();
  }

  static String row(AuditEvent e) {
    return Stream.of(
                Long.toString(e.getSeq()),
                e.getOccurredAt().toString(),
                e.getActor(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                e.getDetails(),
                e.getSourceAddress(),
                e.getHash())
            .map(AuditLogCsv::cell)
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  /** One quoted cell, safe to open in a spreadsheet ({@link CsvText#cell}). */
  static String cell(String value) {
    return CsvText.cell(value);
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
  }
}
