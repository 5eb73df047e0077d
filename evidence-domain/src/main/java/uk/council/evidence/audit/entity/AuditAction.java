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
  REPORT_DOWNLOADED,
  CAMERA_REGISTERED,
  CAMERA_STATUS_CHANGED,
  DOCK_REGISTERED,
  DOCK_CREDENTIAL_ISSUED,
  DOCK_REVOKED,
  DOCK_AUTH_FAILED,
  CAMERA_CHECKED_OUT,
  CAMERA_CHECKED_IN,
  FOOTAGE_UPLOADED,
  FOOTAGE_UPLOAD_REFUSED,
  FOOTAGE_SEARCHED,
  FOOTAGE_VIEWED,
  FOOTAGE_PLAYED,
  FOOTAGE_DOWNLOADED,
  FOOTAGE_NOTE_ADDED,
  FOOTAGE_ATTRIBUTED,
  FIXITY_FAILED,
  FIXITY_PASS_COMPLETED,
  FIXITY_CHECK_REQUESTED,
  HOLD_PLACED,
  HOLD_RELEASED,
  FOOTAGE_DELETED,
  DELETION_SWEEP_REQUESTED,
  RETENTION_PERIOD_CHANGED,
  RECORDING_CATEGORISED,
  CASE_OPENED,
  CASE_VIEWED,
  CASE_UPDATED,
  CASE_NOTE_ADDED,
  CASE_CLOSED,
  EXHIBIT_ADDED,
  EXHIBIT_REMOVED,
  CLIP_CUT,
  DISCLOSURE_BUILT,
  DISCLOSURE_DOWNLOADED,
  DISCLOSURE_REVOKED,
  DISCLOSURE_VERIFIED,
  CLIP_REMOVED,
  DISCLOSURE_COPY_REMOVED,
  AUDIT_LOG_EXPORTED,
  DOCK_AUTH_FAILURES_COUNTED,
  SESSION_ENDED,
  FOOTAGE_UPLOAD_CANCELLED,
  FOOTAGE_UPLOAD_CONTINUED,
  ROLE_GRANT_REQUESTED,
  ROLE_GRANT_APPROVED,
  ROLE_GRANT_REFUSED,
  ROLE_GRANT_WITHDRAWN,
  STAFF_PASSWORD_CHANGED,
  BANK_HOLIDAY_ADDED,
  BANK_HOLIDAY_REMOVED,
  BANK_HOLIDAYS_LOADED,
  REQUEST_LOGGED,
  REQUEST_VIEWED,
  REQUEST_CLOCK_CHANGED,
  REQUEST_RECORDING_ADDED,
  REQUEST_RECORDING_DECIDED,
  REQUEST_CLOSED,
  REQUEST_DOCUMENT_ADDED,
  REQUEST_DOCUMENT_OPENED,
  REQUEST_SCHEDULE_2_RECORDED,
  REQUEST_ANSWERED,
  REQUEST_LETTER_PRODUCED,
  REQUEST_LETTER_OPENED,
  REQUEST_COMPLAINT_LOGGED,
  REQUEST_COMPLAINT_ACKNOWLEDGED,
  REQUEST_HOLDS_RELEASED,
  REQUEST_REVIEW_ASKED,
  REQUEST_REVIEW_DONE,
  CODE_STATEMENT_WRITTEN,
  CODE_ACTION_RAISED,
  CODE_ACTION_CHANGED,
  GOVERNANCE_DOCUMENT_RECORDED,
  TRAINING_RECORDED,
  TRAINING_IMPORTED,
  CODE_REVIEW_SIGNED_OFF,
  AREA_PURPOSE_RECORDED,
  SHARING_AGREEMENT_RECORDED,
  NOTICE_REVIEW_RECORDED,
  REDACTION_STARTED,
  REDACTION_FACES_FOUND,
  REDACTION_CHANGED,
  REDACTION_PREVIEW_WATCHED,
  REDACTION_FAILED,
  REDACTED_COPY_MADE,
  REDACTED_COPY_CHECKED,
  REDACTED_COPY_PLAYED;

  /**
   * What people read for this action, in lower case to sit in a sentence: "case opened", "signed
   * in". Mostly the name in words; where the name is the code's shorthand, the council's words.
   */
  public String label() {
    return switch (this) {
      case LOGIN_SUCCEEDED -> "signed in";
      case CODE_STATEMENT_WRITTEN -> "self-assessment statement written";
      case CODE_ACTION_RAISED -> "review action raised";
      case CODE_ACTION_CHANGED -> "review action changed";
      case GOVERNANCE_DOCUMENT_RECORDED -> "governance document recorded";
      case TRAINING_RECORDED -> "training recorded";
      case TRAINING_IMPORTED -> "training records imported";
      case CODE_REVIEW_SIGNED_OFF -> "self-assessment review signed off";
      case AREA_PURPOSE_RECORDED -> "purpose of use recorded";
      case SHARING_AGREEMENT_RECORDED -> "data-sharing agreement recorded";
      case NOTICE_REVIEW_RECORDED -> "signage or notice review recorded";
      case REDACTION_FACES_FOUND -> "faces found for redaction";
      case REDACTION_PREVIEW_WATCHED -> "redaction preview watched to the end";
      case REDACTED_COPY_CHECKED -> "redacted copy watched to the end";
      case LOGIN_FAILED -> "sign-in failed";
      case LOGIN_REFUSED_LOCKED -> "sign-in refused, account locked";
      case LOGOUT -> "signed out";
      case STAFF_CREATED -> "staff account created";
      case STAFF_UPDATED -> "staff account changed";
      case STAFF_PASSWORD_RESET -> "password reset";
      case STAFF_PASSWORD_CHANGED -> "password changed";
      case STAFF_UNLOCKED -> "account unlocked";
      case AUDIT_CHAIN_VERIFIED -> "audit log verified";
      case DOCK_CREDENTIAL_ISSUED -> "dock secret issued";
      case DOCK_AUTH_FAILED -> "dock sign-in failed";
      case DOCK_AUTH_FAILURES_COUNTED -> "dock sign-in failures counted";
      case FOOTAGE_UPLOAD_CANCELLED -> "upload cancelled";
      case FOOTAGE_UPLOAD_CONTINUED -> "upload continued";
      case ROLE_GRANT_REQUESTED -> "role requested";
      case ROLE_GRANT_APPROVED -> "role approved";
      case ROLE_GRANT_REFUSED -> "role refused";
      case ROLE_GRANT_WITHDRAWN -> "role withdrawn";
      case REQUEST_SCHEDULE_2_RECORDED -> "Schedule 2 record made";
      case REQUEST_ANSWERED -> "request answered";
      case REQUEST_REVIEW_ASKED -> "internal review asked for";
      case REQUEST_REVIEW_DONE -> "internal review done";
      default -> name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The label of a stored action name; the name itself if no constant has it. */
  public static String labelOf(String name) {
    try {
      return valueOf(name).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return name;
    }
  }
}
