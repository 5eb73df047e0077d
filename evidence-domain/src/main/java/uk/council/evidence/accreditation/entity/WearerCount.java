package uk.council.evidence.accreditation.entity;

/** How many recordings a camera wearer made, by their username. */
public record WearerCount(String username, long recordings) {}
