package uk.council.evidence.device.entity;

import java.time.Instant;

/**
 * A camera as the inventory lists it: what it is, where it belongs, whether it is out now. No
 * wearer is named.
 *
 * @param assetTag the council's tag, or null
 * @param area its service area, or null
 * @param checkedOut whether someone has it checked out now
 */
public record CameraRow(
    String serial,
    String make,
    String model,
    String assetTag,
    CameraStatus status,
    String area,
    Instant registeredAt,
    boolean checkedOut) {}
