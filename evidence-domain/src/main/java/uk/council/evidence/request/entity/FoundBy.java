package uk.council.evidence.request.entity;

/** How a recording came to be found for a request. */
public enum FoundBy {
  /** In the request's window, held the moment the request was logged. */
  WINDOW,
  /** Added by hand by the data protection officer. */
  BY_HAND
}
