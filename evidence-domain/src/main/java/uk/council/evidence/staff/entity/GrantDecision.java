package uk.council.evidence.staff.entity;

/** What became of a request for a role that needs a second person's approval. */
public enum GrantDecision {
  /** A DPO or compliance officer approved it: the account has the role from then on. */
  APPROVED,
  /** A DPO or compliance officer refused it, saying why. */
  REFUSED,
  /** An administrator took the request back (unticked the role) before anyone decided. */
  WITHDRAWN
}
