package uk.council.evidence.staff.entity;

/** The six roles of the portal (DESIGN.md, section 3). The names are the security roles. */
public enum Role {
  CAMERA_USER("Camera user"),
  SUPERVISOR("Supervisor"),
  EVIDENCE_OFFICER("Evidence officer"),
  DPO("Data protection officer"),
  COMPLIANCE_OFFICER("Compliance officer"),
  ADMIN("Administrator");

  /**
   * The roles' names as constants, for {@code @RolesAllowed} and {@code isCallerInRole}, which take
   * strings; {@code DOCK} is the role of a dock signed in to the dock API, not a person's.
   */
  public static final class Name {
    public static final String CAMERA_USER = "CAMERA_USER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String EVIDENCE_OFFICER = "EVIDENCE_OFFICER";
    public static final String DPO = "DPO";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    public static final String ADMIN = "ADMIN";
    public static final String DOCK = "DOCK";

    private Name() {}
  }

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /** The role as people say it, e.g. "Data protection officer". */
  public String title() {
    return title;
  }
}
