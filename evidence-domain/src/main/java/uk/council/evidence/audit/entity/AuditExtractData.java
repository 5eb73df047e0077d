package uk.council.evidence.audit.entity;

import java.util.List;

/**
 * What an audit log extract is made of, read in one transaction so that the events, their count and
 * the chain verification agree with each other.
 *
 * @param events the events of the period, in sequence order, at most the limit asked for
 * @param eventsInPeriod how many events the period holds in all
 * @param chain the verification of the whole chain at the time of reading
 */
public record AuditExtractData(
    List<AuditEvent> events, long eventsInPeriod, ChainVerification chain) {}
