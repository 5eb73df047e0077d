package uk.council.evidence.footage.entity;

import java.nio.file.Path;

/**
 * A recording's original, released to someone allowed to play or download it.
 *
 * @param path the read-only file
 * @param size its length in bytes
 * @param sha256 its SHA-256, also its strong ETag
 * @param downloadName the name a download is saved under
 */
public record MediaFile(Path path, long size, String sha256, String downloadName) {}
