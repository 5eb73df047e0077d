package uk.council.evidence.device.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Whose footage a recording is: the person who held the camera at the recorded start. With no such
 * person the recording is unattributed, and a supervisor resolves it; it is never dropped.
 *
 * @param wearer who held the camera, if anyone did
 * @param assignment the assignment that says so
 */
public record Attribution(StaffMember wearer, CameraAssignment assignment) {

  private static final Attribution UNATTRIBUTED = new Attribution(null, null);

  /** Attributes a recording that started at {@code recordedStart} from its camera's history. */
  public static Attribution of(Collection<CameraAssignment> cameraHistory, Instant recordedStart) {
    List<CameraAssignment> covering =
        cameraHistory.stream().filter(a -> a.covers(recordedStart)).toList();
    if (covering.size() > 1) {
      // The database forbids overlapping assignments; two here means the data is wrong, and
      // guessing a wearer would put footage in front of the wrong person.
      return UNATTRIBUTED;
    }
    return covering.isEmpty()
        ? UNATTRIBUTED
        : new Attribution(covering.get(0).getWearer(), covering.get(0));
  }

  public boolean isAttributed() {
    return wearer != null;
  }

  public Optional<StaffMember> wearerIfAny() {
    return Optional.ofNullable(wearer);
  }
}
