/**
 * Retention's screens: the deletion sweep and its record (administrators), retention periods by
 * category, the proof of deletion for compliance officers, and the footage falling due soon.
 */
package uk.council.evidence.web.retention;
