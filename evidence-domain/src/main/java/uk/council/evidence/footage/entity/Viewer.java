package uk.council.evidence.footage.entity;

import java.util.EnumSet;
import java.util.Set;
import uk.council.evidence.staff.entity.Role;

/**
 * Who is looking at footage, and so what they may see. A camera user sees their own recordings; a
 * supervisor also sees their service area's, and unattributed footage from pooled cameras (which
 * has no area until someone resolves whose it is); evidence officers and DPOs see everything. Those
 * rules cover the pictures too. Administrators and compliance officers see every recording's
 * details but none of the pictures: they run the system and check it, they do not watch footage.
 * Someone with several roles gets the union.
 *
 * @param staffId the person's id
 * @param areaId their service area's id, or null
 * @param roles their roles
 */
public record Viewer(long staffId, Long areaId, Set<Role> roles) {

  private static final Set<Role> SEE_ALL_PICTURES = EnumSet.of(Role.EVIDENCE_OFFICER, Role.DPO);
  private static final Set<Role> SEE_ALL_DETAILS =
      EnumSet.of(Role.EVIDENCE_OFFICER, Role.DPO, Role.ADMIN, Role.COMPLIANCE_OFFICER);

  public Viewer {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Whether every recording's details are visible, so the library needs no scope. */
  public boolean seesAllDetails() {
    return roles.stream().anyMatch(SEE_ALL_DETAILS::contains);
  }

  /** Whether the pictures of every recording are visible. */
  public boolean seesAllPictures() {
    return roles.stream().anyMatch(SEE_ALL_PICTURES::contains);
  }

  /** Whether a recording worn by {@code wearerId} in area {@code areaId} is among one's own. */
  public boolean isOwn(Long wearerId, Long recordingAreaId) {
    boolean wore =
        (roles.contains(Role.CAMERA_USER) || roles.contains(Role.SUPERVISOR))
            && wearerId != null
            && wearerId == staffId;
    boolean supervises =
        roles.contains(Role.SUPERVISOR)
            && (areaId != null && areaId.equals(recordingAreaId)
                || wearerId == null && recordingAreaId == null);
    return wore || supervises;
  }

  /** Whether the recording's details (times, camera, wearer, hash) are visible. */
  public boolean seesDetails(Long wearerId, Long recordingAreaId) {
    return seesAllDetails() || isOwn(wearerId, recordingAreaId);
  }

  /** Whether the recording may be played, downloaded, or shown as a thumbnail. */
  public boolean seesPictures(Long wearerId, Long recordingAreaId) {
    return seesAllPictures() || isOwn(wearerId, recordingAreaId);
  }

  /** Whether the recording is the person's own footage, or their team's for a supervisor. */
  public boolean isOwn(Recording r) {
    return isOwn(wearerOf(r), areaOf(r));
  }

  public boolean seesDetails(Recording r) {
    return seesDetails(wearerOf(r), areaOf(r));
  }

  public boolean seesPictures(Recording r) {
    return seesPictures(wearerOf(r), areaOf(r));
  }

  /**
   * Whether this person may say whose unattributed footage it is: a supervisor for footage they
   * supervise, or an evidence officer.
   */
  public boolean mayAttribute(Recording r) {
    return !r.isAttributed()
        && (roles.contains(Role.EVIDENCE_OFFICER)
            || roles.contains(Role.SUPERVISOR) && isOwn(null, areaOf(r)));
  }

  private static Long wearerOf(Recording r) {
    return r.getWearer().map(w -> w.getId()).orElse(null);
  }

  private static Long areaOf(Recording r) {
    return r.getServiceArea().map(a -> a.getId()).orElse(null);
  }
}
