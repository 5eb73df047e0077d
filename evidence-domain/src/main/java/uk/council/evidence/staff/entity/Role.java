package uk.council.evidence.staff.entity;

/** The six roles of the portal (DESIGN.md, section 3). The names are the security roles. */
public enum Role {
  CAMERA_USER("Camera user"),
  SUPERVISOR("Supervisor"),
  EVIDENCE_OFFICER("Evidence officer"),
  DPO("Data protection officer"),
  COMPLIANCE_OFFICER("Compliance officer"),
  ADMIN("Administrator");

  /** Every role name, for {@code @RolesAllowed} on what any signed-in person may use. */
  public static final String[] ALL = {
    "CAMERA_USER", "SUPERVISOR", "EVIDENCE_OFFICER", "DPO", "COMPLIANCE_OFFICER", "ADMIN"
  };

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /** The role as people say it, e.g. "Data protection officer". */
  public String title() {
    return title;
  }
}
