package uk.council.evidence.device.entity;

/** How many docks may upload, and how many were revoked. */
public record DockCount(long active, long revoked) {}
