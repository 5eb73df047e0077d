package uk.council.evidence.request.entity;

import java.time.LocalDate;

/**
 * A request that asked for a time from which footage had been deleted before the request was
 * logged: either it had run its course before anyone asked (a retention period too short for the
 * requests the council receives), or it was deleted while the request waited to be logged (which
 * holds placed at logging cannot prevent, and which the council must look into).
 *
 * @param beforeReceipt recordings from the window asked for deleted before the day the request was
 *     received
 * @param whileWaiting recordings from the window deleted from that day until the request was logged
 */
public record FootageGone(
    String reference,
    RequestKind kind,
    LocalDate receivedOn,
    long beforeReceipt,
    long whileWaiting) {}
