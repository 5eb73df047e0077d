package uk.council.evidence.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import uk.council.evidence.staff.entity.Role;

/** The links a signed-in person sees: only those their roles may open. */
@Named
@RequestScoped
public class Navigation {

  /**
   * Every page in the navigation, with the role that may open it. The folder of each path is
   * protected for that role in web.xml; SecurityConstraintsTest checks the two agree.
   */
  static final List<Link> LINKS =
      List.of(
          new Link("Home", "/camera-user/index.xhtml", Role.CAMERA_USER),
          new Link("Footage", "/footage/library.xhtml", Role.CAMERA_USER),
          new Link("Due soon", "/footage/due-soon.xhtml", Role.CAMERA_USER),
          new Link("Cameras", "/shifts/cameras.xhtml", Role.CAMERA_USER),
          new Link("Cases", "/cases/index.xhtml", Role.CAMERA_USER),
          new Link("My team", "/supervisor/index.xhtml", Role.SUPERVISOR),
          new Link("Footage", "/footage/library.xhtml", Role.SUPERVISOR),
          new Link("Due soon", "/footage/due-soon.xhtml", Role.SUPERVISOR),
          new Link("Cameras", "/shifts/cameras.xhtml", Role.SUPERVISOR),
          new Link("Cases", "/cases/index.xhtml", Role.SUPERVISOR),
          new Link("Evidence", "/evidence-officer/index.xhtml", Role.EVIDENCE_OFFICER),
          new Link("Cases", "/cases/index.xhtml", Role.EVIDENCE_OFFICER),
          new Link("Footage", "/footage/library.xhtml", Role.EVIDENCE_OFFICER),
          new Link("Due soon", "/footage/due-soon.xhtml", Role.EVIDENCE_OFFICER),
          new Link("Police requests", "/requests/index.xhtml", Role.EVIDENCE_OFFICER),
          new Link("Home", "/dpo/index.xhtml", Role.DPO),
          new Link("Requests", "/requests/index.xhtml", Role.DPO),
          new Link("Footage", "/footage/library.xhtml", Role.DPO),
          new Link("Due soon", "/footage/due-soon.xhtml", Role.DPO),
          new Link("Compliance", "/compliance/index.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Self-assessment", "/compliance/self-assessment.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Registers", "/registers/index.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Reports", "/compliance/reports.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Audit log", "/compliance/audit-log.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Footage", "/footage/library.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Fixity", "/integrity/fixity.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Retention", "/compliance/retention.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Disclosures", "/compliance/disclosures.xhtml", Role.COMPLIANCE_OFFICER),
          new Link("Administration", "/admin/index.xhtml", Role.ADMIN),
          new Link("Staff accounts", "/admin/staff.xhtml", Role.ADMIN),
          new Link("Service areas", "/admin/service-areas.xhtml", Role.ADMIN),
          new Link("Cameras", "/admin/cameras.xhtml", Role.ADMIN),
          new Link("Docks", "/admin/docks.xhtml", Role.ADMIN),
          new Link("Footage", "/footage/library.xhtml", Role.ADMIN),
          new Link("Fixity", "/integrity/fixity.xhtml", Role.ADMIN),
          new Link("Retention", "/admin/retention.xhtml", Role.ADMIN),
          new Link("Registers", "/registers/index.xhtml", Role.ADMIN));

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  /** The links the caller's roles allow, each page once (some pages serve two roles). */
  public List<Link> getLinks() {
    var seen = new java.util.HashSet<String>();
    return LINKS.stream()
        .filter(l -> security.isCallerInRole(l.role().name()))
        .filter(l -> seen.add(l.path()))
        .toList();
  }

  /** Whether the link is the page being shown, for aria-current and the highlight. */
  public boolean isCurrent(Link link) {
    return link.path().equals(faces.getViewRoot().getViewId());
  }

  /** The home page of someone's first role, in the order of {@link Role}. */
  public static String homeOf(List<Role> roles) {
    return roles.isEmpty() ? "/login.xhtml" : homeOf(roles.get(0));
  }

  public static String homeOf(Role role) {
    return switch (role) {
      case CAMERA_USER -> "/camera-user/index.xhtml";
      case SUPERVISOR -> "/supervisor/index.xhtml";
      case EVIDENCE_OFFICER -> "/evidence-officer/index.xhtml";
      case DPO -> "/dpo/index.xhtml";
      case COMPLIANCE_OFFICER -> "/compliance/index.xhtml";
      case ADMIN -> "/admin/index.xhtml";
    };
  }

  /** One navigation link. */
  public record Link(String label, String path, Role role) {}
}
