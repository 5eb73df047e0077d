package uk.council.evidence.access.entity;

/** What someone wants to do with footage, holds, cases, disclosure or the audit log. */
public enum Action {
  /** A recording's details in the library and on its page: times, camera, wearer, hash. */
  SEE_FOOTAGE("see a recording's details"),
  /** Play, download or see a thumbnail of a recording. */
  WATCH_FOOTAGE("watch or download a recording"),
  /** Add a note to a recording. */
  NOTE_FOOTAGE("add a note to a recording"),
  /** Say whose unattributed footage is. */
  ATTRIBUTE_FOOTAGE("say whose unattributed footage is"),
  /** A recording's chain of custody: everything that happened to it. */
  READ_CUSTODY("read a recording's chain of custody"),
  /**
   * The details of the holds, clips and disclosures in a recording's chain of custody: why it is
   * kept, and to whom it went. Without it, the events show only what happened and when.
   */
  READ_CUSTODY_DETAILS("read the details of holds and disclosures in a chain of custody"),
  /** Why a recording is kept, and under which reference; without it, only that it is kept. */
  SEE_HOLD_DETAILS("see why footage is kept"),
  /** Place or release a supervisor's "keep for review" hold. */
  HOLD_FOR_REVIEW("keep footage for review"),
  /** Place or release any other hold: evidence, requests, complaints, legal. */
  HOLD("place or release holds"),
  /** Move a recording to a retention category kept as long or longer. */
  KEEP_LONGER("keep footage longer"),
  /** Move a recording to any retention category, a shorter one included. */
  RECATEGORISE("move footage to a shorter retention category"),
  /** Flag a recording as evidence, into a new or existing case. */
  FLAG_EVIDENCE("flag footage as evidence"),
  /** A case's page, its exhibits the person may see, and its number among open cases. */
  SEE_CASE("see a case"),
  /** A case's notes and history (its audit trail). */
  READ_CASE_HISTORY("read a case's notes and history"),
  /** Change a case's details and status; add notes. */
  EDIT_CASE("change a case"),
  /** Remove an exhibit or close a case, releasing evidence holds. */
  MANAGE_CASE("remove exhibits and close cases"),
  /** Cut clips, build, download and revoke disclosure packages. */
  DISCLOSE("cut clips and build disclosure packages"),
  /** The log of everything disclosed. */
  READ_DISCLOSURE_LOG("read the disclosure log"),
  /** The whole audit log, its verification and extracts. */
  READ_AUDIT_LOG("read the audit log"),
  /**
   * Log and work on requests for footage (subject access, FOI, third parties): the requester's
   * details and documents, the clock, the footage found, the reply.
   */
  HANDLE_REQUEST("handle requests for footage"),
  /** Work on the police's third-party requests, which evidence officers share with the DPO. */
  HANDLE_POLICE_REQUEST("handle the police's requests for footage"),
  /**
   * Build, download and revoke disclosure packages of a request's footage, for a request the caller
   * may handle.
   */
  DISCLOSE_REQUEST("build disclosure packages for requests"),
  /**
   * Write the Surveillance Camera Code self-assessment: statements, ratings and the action plan.
   */
  ASSESS_CODE("write the Surveillance Camera Code self-assessment"),
  /** Keep the registers the review draws on: governance documents, training records. */
  KEEP_REGISTERS("keep the registers the annual review draws on");

  private final String title;

  Action(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
