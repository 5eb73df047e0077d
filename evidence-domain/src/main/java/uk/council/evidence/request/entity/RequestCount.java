package uk.council.evidence.request.entity;

/**
 * Requests of one kind in a period: received in it, and answered in it (in time, late, refused).
 */
public record RequestCount(
    RequestKind kind, long received, long answered, long inTime, long late, long refused) {}
