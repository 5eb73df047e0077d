package uk.council.evidence.staff.entity;

/**
 * How many active accounts hold a role, and how many of them have not signed in since a day (or
 * never have): dormant accounts that should be disabled or explained.
 */
public record RoleAccounts(Role role, long active, long dormant) {}
