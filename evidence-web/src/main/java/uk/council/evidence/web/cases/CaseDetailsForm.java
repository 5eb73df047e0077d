package uk.council.evidence.web.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import uk.council.evidence.casework.entity.CaseDetails;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * A case's details as a form holds them, typed and not yet checked: shared by the form that opens a
 * case while flagging a recording and the form that changes a case.
 */
public class CaseDetailsForm {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private String type;
  private String occurredDate;
  private String occurredTime;
  private String location;
  private Long serviceArea;
  private String description;
  private String policeReference;
  private String cpsUrn;
  private String reviewDate;

  /** What was typed, for the rules to check. */
  public CaseDetails.Typed typed() {
    return new CaseDetails.Typed(
        type,
        occurredDate,
        occurredTime,
        location,
        serviceArea,
        description,
        policeReference,
        cpsUrn,
        reviewDate);
  }

  /** Starts the form at when something happened (UK time) and in a service area. */
  public void startAt(Instant occurred, Long area) {
    occurredDate = DAY.format(occurred.atZone(CouncilTime.ZONE));
    occurredTime = CLOCK.format(occurred.atZone(CouncilTime.ZONE));
    serviceArea = area;
  }

  /** Fills the form with a case's details, to change them. */
  public void fill(EvidenceCase c) {
    type = c.getType().name();
    startAt(c.getOccurredAt(), c.getServiceAreaId());
    location = c.getLocation();
    description = c.getDescription();
    policeReference = c.getPoliceReference().orElse(null);
    cpsUrn = c.getCpsUrn().orElse(null);
    reviewDate = c.getReviewDate().map(DAY::format).orElse(null);
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getOccurredDate() {
    return occurredDate;
  }

  public void setOccurredDate(String occurredDate) {
    this.occurredDate = occurredDate;
  }

  public String getOccurredTime() {
    return occurredTime;
  }

  public void setOccurredTime(String occurredTime) {
    this.occurredTime = occurredTime;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public Long getServiceArea() {
    return serviceArea;
  }

  public void setServiceArea(Long serviceArea) {
    this.serviceArea = serviceArea;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPoliceReference() {
    return policeReference;
  }

  public void setPoliceReference(String policeReference) {
    this.policeReference = policeReference;
  }

  public String getCpsUrn() {
    return cpsUrn;
  }

  public void setCpsUrn(String cpsUrn) {
    this.cpsUrn = cpsUrn;
  }

  public String getReviewDate() {
    return reviewDate;
  }

  public void setReviewDate(String reviewDate) {
    this.reviewDate = reviewDate;
  }
}
