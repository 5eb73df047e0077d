package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.casework.entity.DisclosureCount;
import uk.council.evidence.device.entity.CameraCount;
import uk.council.evidence.device.entity.CameraStatus;
import uk.council.evidence.device.entity.DockCount;
import uk.council.evidence.footage.entity.FixityReport;
import uk.council.evidence.request.entity.FootageGone;
import uk.council.evidence.request.entity.RequestCount;
import uk.council.evidence.retention.entity.RetentionFigures;

/**
 * What the system knows about a review year, each figure computed in SQL by the component that owns
 * it, for the principle it speaks to.
 *
 * @param from the first day of the period
 * @param until the day after its last
 * @param recordingsByArea recordings made in the period, still held or deleted since, by service
 *     area, largest first (principle 1)
 * @param requests requests received and answered in the period, by kind (principle 3)
 * @param training camera wearers with current training at the end of the period, or today if sooner
 *     (principle 5)
 * @param recordedUntrained recordings made in the period (still held or since deleted) on a day
 *     their wearer had no training current, by wearer, most first (principle 5)
 * @param retention deletions on time and late in the period, and the oldest unheld recording and
 *     the active holds now (principle 6)
 * @param askedAfterDeletion requests received in the period that asked for a time from which
 *     footage had already been deleted (principle 6)
 * @param plays footage played in the period (principle 7)
 * @param downloads footage downloaded in the period (principle 7)
 * @param access plays and downloads by role, accounts by role and dormant, failed sign-ins and
 *     privileged changes (principles 7 and 9)
 * @param disclosures packages built in the period by recipient and lawful basis (principle 7)
 * @param fixity where the integrity check stands now, with its failures (principle 9)
 * @param chain the audit log's hash chain, verified now (principle 10); null if not verified for
 *     these figures
 * @param cameras the cameras now, by make, model, state and service area (principle 8)
 * @param docks the docks now (principle 8)
 * @param arrangements what the registers of purposes, sharing agreements and notice reviews say
 *     about the period (principles 1, 3 and 7)
 */
public record ReviewFigures(
    LocalDate from,
    LocalDate until,
    List<AreaCount> recordingsByArea,
    List<RequestCount> requests,
    TrainingCoverage training,
    List<WearerCount> recordedUntrained,
    RetentionFigures retention,
    List<FootageGone> askedAfterDeletion,
    long plays,
    long downloads,
    AccessFigures access,
    List<DisclosureCount> disclosures,
    FixityReport fixity,
    ChainVerification chain,
    List<CameraCount> cameras,
    DockCount docks,
    ArrangementFigures arrangements) {

  public ReviewFigures {
    recordingsByArea = List.copyOf(recordingsByArea);
    requests = List.copyOf(requests);
    recordedUntrained = List.copyOf(recordedUntrained);
    askedAfterDeletion = List.copyOf(askedAfterDeletion);
    cameras = List.copyOf(cameras);
    disclosures = List.copyOf(disclosures);
  }

  /** Every recording made in the period. */
  public long recordings() {
    return recordingsByArea.stream().mapToLong(AreaCount::recordings).sum();
  }

  /** These figures with the audit chain's verification, made separately. */
  public ReviewFigures withChain(ChainVerification verified) {
    return new ReviewFigures(
        from,
        until,
        recordingsByArea,
        requests,
        training,
        recordedUntrained,
        retention,
        askedAfterDeletion,
        plays,
        downloads,
        access,
        disclosures,
        fixity,
        verified,
        cameras,
        docks,
        arrangements);
  }

  /** The recordings made by wearers without current training. */
  public long recordingsUntrained() {
    return recordedUntrained.stream().mapToLong(WearerCount::recordings).sum();
  }

  /** The cameras in one state. */
  public long camerasIn(CameraStatus status) {
    return cameras.stream().filter(c -> c.status() == status).mapToLong(CameraCount::cameras).sum();
  }

  /** Recordings made in one service area. */
  public record AreaCount(String area, long recordings) {}

  /** The last day of the period. */
  public LocalDate to() {
    return until.minusDays(1);
  }
}
