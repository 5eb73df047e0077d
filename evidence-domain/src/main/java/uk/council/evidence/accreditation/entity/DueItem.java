package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;

/**
 * Something in a register that needs attention by a day: a document, purpose or notice whose review
 * is due, an agreement that ends, or training that expires.
 *
 * @param what the entry, as a person would name it
 * @param verb what happens that day: "review", "end" or "expire"
 * @param due the day its review is due or it ends
 * @param overdue whether that day has come (for training: whether it has lapsed)
 */
public record DueItem(
    Register register, String what, String verb, LocalDate due, boolean overdue) {}
