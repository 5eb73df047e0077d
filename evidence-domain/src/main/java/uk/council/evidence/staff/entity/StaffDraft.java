package uk.council.evidence.staff.entity;

import java.util.Set;

/**
 * An administrator's form for a staff account, before the rules have checked it.
 *
 * @param username sign-in name
 * @param displayName the person's name
 * @param email work email, optional
 * @param serviceAreaId their service area, optional for roles that work across the council
 * @param roles at least one
 * @param active whether they may sign in
 */
public record StaffDraft(
    String username,
    String displayName,
    String email,
    Long serviceAreaId,
    Set<Role> roles,
    boolean active) {}
