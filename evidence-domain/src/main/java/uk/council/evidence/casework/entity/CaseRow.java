package uk.council.evidence.casework.entity;

/** A case in the case list, with its service area's name and how many exhibits it has now. */
public record CaseRow(EvidenceCase evidenceCase, String areaName, long exhibits) {}
