package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * An agreement under which footage is shared as a matter of routine (principle 7): with whom, for
 * what, who signed it for the council, and its term. Never changed: a renewal is a new agreement.
 */
@Entity
@Table(name = "sharing_agreement")
public class SharingAgreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String partner;

  @Column(updatable = false)
  private String purpose;

  @Column(updatable = false)
  private String reference;

  @Column(name = "signed_by", updatable = false)
  private String signedBy;

  @Column(name = "starts_on", updatable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", updatable = false)
  private LocalDate endsOn;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected SharingAgreement() {}

  /** An agreement as its form gave it, every field as typed. */
  public record Form(
      String partner,
      String purpose,
      String reference,
      String signedBy,
      String startsOn,
      String endsOn) {}

  /**
   * An agreement as typed; it may start in the future (signed before it takes effect).
   *
   * @throws InvalidInput naming every field that is missing, too long or not a date, and an end not
   *     after the start
   */
  public SharingAgreement(Form form, String by, Instant now) {
    var check = new InputCheck();
    String with =
        Typed.text(
            check,
            "partner",
            form.partner(),
            200,
            "Name the organisation footage is shared with, up to 200 characters.");
    String why =
        Typed.text(
            check,
            "purpose",
            form.purpose(),
            1000,
            "Say what footage is shared for, up to 1,000 characters.");
    String ref =
        Typed.optional(
            check, "reference", form.reference(), 60, "The reference is up to 60 characters.");
    String signer =
        Typed.text(
            check,
            "signedBy",
            form.signedBy(),
            200,
            "Say who signed it for the council (a person or post), up to 200 characters.");
    LocalDate from = check.day("startsOn", form.startsOn(), true, "the day it takes effect");
    LocalDate to = check.day("endsOn", form.endsOn(), true, "the day it ends");
    Typed.after(check, "endsOn", to, from, "It ends after the day it takes effect.");
    check.orThrow();
    this.partner = with;
    this.purpose = why;
    this.reference = ref;
    this.signedBy = signer;
    this.startsOn = from;
    this.endsOn = to;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  /** Whether it is in force on {@code day}: from its first day up to the day before it ends. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(startsOn) && day.isBefore(endsOn);
  }

  /** Whether it is in force on any day from {@code first} up to the day before {@code after}. */
  public boolean inForceDuring(LocalDate first, LocalDate after) {
    return startsOn.isBefore(after) && endsOn.isAfter(first);
  }

  /** Whether it is in force today and ends before {@code soon}: time to renew it. */
  public boolean endingBefore(LocalDate today, LocalDate soon) {
    return inForceOn(today) && endsOn.isBefore(soon);
  }

  public Long getId() {
    return id;
  }

  public String getPartner() {
    return partner;
  }

  public String getPurpose() {
    return purpose;
  }

  public Optional<String> getReference() {
    return Optional.ofNullable(reference);
  }

  public String getSignedBy() {
    return signedBy;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
