package uk.council.evidence.staff.entity;

import java.time.Instant;

/**
 * One of a person's open sessions, as they see it in their list.
 *
 * @param id the session, to end it
 * @param startedAt when they signed in
 * @param lastSeenAt its latest request (to within a minute)
 * @param endsAt when it ends unless used again
 * @param clientAddress the address it signed in from, or null
 * @param userAgent the browser it signed in with, or null
 * @param current whether this is the session asking
 */
public record OwnSession(
    long id,
    Instant startedAt,
    Instant lastSeenAt,
    Instant endsAt,
    String clientAddress,
    String userAgent,
    boolean current) {}
