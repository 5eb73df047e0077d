package uk.council.evidence.device.entity;

/** How many cameras of one make and model are in one state in one service area. */
public record CameraCount(
    String make, String model, CameraStatus status, String area, long cameras) {}
