package uk.council.evidence.audit.entity;

/**
 * Who is reading the audit log, and whether they may read all of it. The audit log sits below the
 * access policy (everything, the policy included, writes to it), so the access component implements
 * this and the audit log asks it.
 */
public interface AuditAccess {

  /** The caller, as events name the actor. */
  String actor();

  /** Whether the caller may read the whole audit log, its verification and extracts. */
  boolean mayReadWholeLog();
}
