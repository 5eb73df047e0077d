package uk.council.evidence.footage.entity;

import java.time.Instant;

/**
 * Unheld recordings of one wearer in one service area that fall due for deletion soon.
 *
 * @param wearerId the wearer, or null for unattributed footage
 * @param wearerName their name, or null
 * @param areaId the service area, or null
 * @param areaName its name, or null
 * @param recordings how many
 * @param soonest when the first of them falls due
 */
public record DueSoon(
    Long wearerId,
    String wearerName,
    Long areaId,
    String areaName,
    long recordings,
    Instant soonest) {}
