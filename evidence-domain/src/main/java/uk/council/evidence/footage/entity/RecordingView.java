package uk.council.evidence.footage.entity;

import java.util.List;
import uk.council.evidence.audit.entity.Custody;

/**
 * A recording as one person may see it on its detail page.
 *
 * @param recording the recording
 * @param notes its notes, oldest first
 * @param custody its chain of custody from its audit events, refused attempts counted apart
 * @param seesPictures whether this person may play and download it
 * @param mayAttribute whether this person may say whose unattributed footage it is
 * @param mayFlag whether this person may flag it as evidence
 */
public record RecordingView(
    Recording recording,
    List<RecordingNote> notes,
    Custody custody,
    boolean seesPictures,
    boolean mayAttribute,
    boolean mayFlag) {}
