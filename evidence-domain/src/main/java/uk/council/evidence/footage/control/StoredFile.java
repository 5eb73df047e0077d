package uk.council.evidence.footage.control;

import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.StorageKey;

/**
 * An original in the store, checked and probed, ready to be registered as a recording.
 *
 * @param key its SHA-256, which is also where it is stored
 * @param size its length in bytes
 * @param mp4Brand the major brand from its {@code ftyp} box
 * @param media what ffprobe found in it
 * @param hasThumbnail whether a thumbnail was stored beside it
 */
public record StoredFile(
    StorageKey key, long size, String mp4Brand, MediaInfo media, boolean hasThumbnail) {}
