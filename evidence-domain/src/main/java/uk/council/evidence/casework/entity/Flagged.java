package uk.council.evidence.casework.entity;

/** What flagging a recording as evidence made: the exhibit, in its (perhaps new) case. */
public record Flagged(EvidenceCase evidenceCase, Exhibit exhibit, boolean newCase) {}
