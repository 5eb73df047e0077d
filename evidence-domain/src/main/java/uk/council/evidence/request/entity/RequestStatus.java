package uk.council.evidence.request.entity;

/** Whether a request is still being worked on. */
public enum RequestStatus {
  OPEN,
  CLOSED
}
