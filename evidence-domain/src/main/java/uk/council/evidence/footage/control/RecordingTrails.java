package uk.council.evidence.footage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.TrailAccess;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;

/**
 * Who may read a recording's chain of custody: whoever the access policy lets read it for that
 * recording. A deleted recording's trail outlives it, for those who may read every recording's.
 */
@ApplicationScoped
public class RecordingTrails implements TrailAccess {

  /** Events whose details say why footage is kept or to whom it went. */
  static final Set<String> SENSITIVE =
      Set.of(
          "HOLD_PLACED",
          "HOLD_RELEASED",
          "CLIP_CUT",
          "CLIP_REMOVED",
          "DISCLOSURE_BUILT",
          "DISCLOSURE_DOWNLOADED",
          "DISCLOSURE_REVOKED",
          "DISCLOSURE_COPY_REMOVED");

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject StaffAccounts staff;

  @Override
  public String targetType() {
    return "recording";
  }

  @Override
  public boolean mayRead(String targetId) {
    return allows(Action.READ_CUSTODY, targetId);
  }

  /**
   * A wearer sees that their footage was held, cut or disclosed, but not why or to whom: a hold may
   * be for a complaint about them, a disclosure part of an investigation.
   */
  @Override
  public Predicate<AuditEvent> detailsReadable(String targetId) {
    boolean details = allows(Action.READ_CUSTODY_DETAILS, targetId);
    return event -> details || !SENSITIVE.contains(event.getAction());
  }

  /**
   * Someone who may not read the custody details (a wearer reading their own footage's) sees what
   * happened and when, and who by role, never by name or from where, and never why footage was kept
   * or to whom it went: a hold may be for a complaint about them.
   */
  @Override
  public UnaryOperator<AuditEvent> shown(String targetId) {
    if (allows(Action.READ_CUSTODY_DETAILS, targetId)) {
      return UnaryOperator.identity();
    }
    String me = callers.username();
    Map<String, String> roles = new HashMap<>();
    return event ->
        event.asSeenBy(
            roles.computeIfAbsent(event.getActor(), actor -> asKnownTo(actor, me)),
            SENSITIVE.contains(event.getAction()) ? WITHHELD : null);
  }

  /** "you", "the system", a dock's name, or a person's roles: "an evidence officer". */
  private String asKnownTo(String actor, String me) {
    if (actor.equals(me)) {
      return "you";
    }
    if (actor.equals("system") || actor.startsWith("dock:")) {
      return actor.equals("system") ? "the system" : actor;
    }
    return staff
        .profile(actor)
        .map(p -> p.roles().stream().sorted().map(Role::title).collect(Collectors.joining(" and ")))
        .filter(titles -> !titles.isEmpty())
        .map(titles -> "staff (" + titles + ")")
        .orElse("someone");
  }

  /** Whether the caller may take the action on the recording, or on every one if it is deleted. */
  private boolean allows(Action action, String targetId) {
    Long id = TrailAccess.numericId(targetId);
    Caller caller = callers.get();
    return id != null
        && caller.mayOn(action, em.find(Recording.class, id), found -> found.standingOf(caller));
  }
}
