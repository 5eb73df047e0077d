package uk.council.evidence.casework.entity;

import java.util.List;
import uk.council.evidence.audit.entity.AuditEvent;

/**
 * A case's page: its details, the exhibits the viewer may see (and how many others there are),
 * notes and history, and what the viewer may do with it.
 *
 * @param otherExhibits exhibits of other people's footage, which a wearer sees only as a number
 * @param mayEdit whether the viewer may change the details and add notes
 * @param mayManage whether the viewer may remove exhibits and close the case (evidence officers)
 */
public record CaseView(
    EvidenceCase evidenceCase,
    String areaName,
    List<ExhibitView> exhibits,
    int otherExhibits,
    List<CaseNote> notes,
    List<AuditEvent> history,
    boolean mayEdit,
    boolean mayManage) {}
