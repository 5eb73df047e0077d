package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffSessionTest {

  static final SessionLimits LIMITS =
      new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(10));
  static final Instant SIGNED_IN = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void onlyTheTokensHashIsKeptAndEachTokenIsNew() {
    String token = StaffSession.newToken();
    StaffSession session =
        new StaffSession(StaffSession.hashOf(token), 7, "10.0.0.1", "UA", SIGNED_IN);
    assertEquals(64, session.getTokenHash().length());
    assertFalse(session.getTokenHash().contains(token));
    assertEquals(StaffSession.hashOf(token), session.getTokenHash());
    assertNotEquals(token, StaffSession.newToken());
    assertTrue(token.length() >= 43, "256 bits");
  }

  @Test
  void aNewSessionIsOpenUntilItIdlesOut() {
    StaffSession session = new StaffSession(StaffSession.hashOf("t"), 7, null, " ", SIGNED_IN);
    assertTrue(session.isOpenAt(SIGNED_IN.plus(Duration.ofMinutes(29)), LIMITS));
    assertFalse(session.isOpenAt(SIGNED_IN.plus(Duration.ofMinutes(30)), LIMITS));
    assertEquals(SIGNED_IN.plus(Duration.ofMinutes(30)), session.endsAt(LIMITS));
    assertTrue(session.getUserAgent().isEmpty(), "a blank user agent is none");
  }

  @Test
  void aLongUserAgentIsCutToFit() {
    StaffSession session =
        new StaffSession(StaffSession.hashOf("t"), 7, null, "x".repeat(1000), SIGNED_IN);
    assertEquals(400, session.getUserAgent().orElseThrow().length());
  }
}
