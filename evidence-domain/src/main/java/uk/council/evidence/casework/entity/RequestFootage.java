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

  /**
   * Whether the request's packages disclose a recording only as a checked redacted copy, or as the
   * original with a recorded reason for not redacting it: a subject access request's, whose footage
   * shows other people.
   */
  boolean needsRedaction(long requestId);

  /** The recording's redacted copy made for the request, if one is current and checked. */
  Optional<RedactedCopy> redactedCopy(long requestId, long recordingId);

  /** Why the recording's original is disclosed for the request unredacted, if that was decided. */
  Optional<String> unredactedBecause(long requestId, long recordingId);
}
