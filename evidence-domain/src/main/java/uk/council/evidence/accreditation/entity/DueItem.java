package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;

/**
 * Something in a register that needs attention by a day: a document, purpose or notice whose review
 * is due, or an agreement that ends.
 *
 * @param what the entry, as a person would name it
 * @param due the day its review is due or it ends
 * @param overdue whether that day has come
 */
public record DueItem(
    Register register, String what, String verb, LocalDate due, boolean overdue) {}
