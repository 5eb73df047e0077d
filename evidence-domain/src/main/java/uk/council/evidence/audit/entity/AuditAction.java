package uk.council.evidence.audit.entity;

/** What an audit event records. Stored by name: never rename a constant, only add. */
public enum AuditAction {
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOGIN_REFUSED_LOCKED,
  ACCOUNT_LOCKED,
  LOGOUT,
  ACCESS_DENIED,
  STAFF_CREATED,
  STAFF_UPDATED,
  STAFF_PASSWORD_RESET,
  STAFF_UNLOCKED,
  SERVICE_AREA_CREATED,
  AUDIT_LOG_VIEWED,
  AUDIT_CHAIN_VERIFIED,
  REPORT_DOWNLOADED
}
