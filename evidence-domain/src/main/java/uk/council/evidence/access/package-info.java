/**
 * Who may see or do what with footage, holds, cases, exhibits, clips, packages and audit trails:
 * one policy, asked by every boundary that reads or changes them.
 *
 * <p>The rules are a table of role × standing × action ({@link
 * uk.council.evidence.access.entity.AccessPolicy}), in plain Java so that one unit test can check
 * every cell. A person's <em>standing</em> towards a thing is whether it is their own (they wore
 * the camera; their footage is in the case) and whether it is their team's (their service area's,
 * or pooled footage nobody has claimed yet); the boundary works the standing out from its own
 * tables and asks the policy. Someone with several roles may do what any of them may.
 *
 * <p>{@link uk.council.evidence.access.boundary.CurrentCaller} says who is calling, once per
 * request, so no boundary reads the principal itself. Screens and {@code web.xml} constraints are a
 * second line: they hide what a person cannot use, but the boundary refuses it anyway.
 */
package uk.council.evidence.access;
