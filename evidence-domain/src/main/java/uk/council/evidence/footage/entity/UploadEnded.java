package uk.council.evidence.footage.entity;

/**
 * Announced (a CDI event) when a dock's upload ends: a new recording stored, or the upload refused.
 * For the server's metrics; the audit log keeps the record.
 *
 * @param stored whether a new recording was stored (false: refused)
 * @param bytes the stored file's size; 0 when refused
 */
public record UploadEnded(boolean stored, long bytes) {}
