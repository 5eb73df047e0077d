package uk.council.evidence.accreditation.entity;

import java.time.Instant;

/**
 * A year's review signed off: by whom in the system, in the name of which responsible officer,
 * when, and the signed PDF's name and SHA-256 (the PDF itself is kept with it).
 */
public record SignOff(
    int year,
    String responsibleOfficer,
    String signedBy,
    Instant signedAt,
    String fileName,
    String sha256) {}
