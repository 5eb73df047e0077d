package uk.council.evidence.casework.entity;

import java.util.Optional;

/**
 * What casework asks the request component about a request whose footage is to be disclosed. The
 * request component sits above casework and implements this; until it is deployed there is no
 * implementation, and no request's package can be planned or recorded.
 */
public interface RequestFootage {

  /**
   * The request as a package's source, if it exists and its footage may be disclosed now (it is
   * open, with a decision to disclose).
   */
  Optional<RequestSource> disclosable(long requestId);

  /**
   * Whether the recording was found for the request and marked as showing what was asked for, so
   * that it may be in the request's package.
   */
  boolean foundFor(long requestId, long recordingId);

  /** Whether the caller may handle the request, and so see and download its packages. */
  boolean mayHandle(long requestId);
}
