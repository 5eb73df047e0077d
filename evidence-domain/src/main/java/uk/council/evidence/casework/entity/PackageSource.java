package uk.council.evidence.casework.entity;

import java.util.Map;
import uk.council.evidence.access.entity.Action;

/**
 * What a disclosure package answers: a case, whose exhibits it discloses, or a request (subject
 * access, FOI, third party), whose matched footage it discloses. A package has exactly one source,
 * and the database checks it.
 */
public sealed interface PackageSource permits CaseSource, RequestSource {

  /** The kind of source, as the database records it. */
  enum Kind {
    CASE,
    REQUEST;

    /**
     * What the access policy must allow to build, download or revoke a package from this kind of
     * source. Disclosing a case's exhibits is the evidence officers'; a request's footage the data
     * protection officer's (DESIGN.md, roles), and the police's requests evidence officers' too.
     * For a request, the request component also says whether the caller may handle that one.
     */
    public Action disclosing() {
      return switch (this) {
        case CASE -> Action.DISCLOSE;
        case REQUEST -> Action.DISCLOSE_REQUEST;
      };
    }
  }

  Kind kind();

  /** The case's or request's id (null only for a case not yet stored). */
  Long id();

  /** The case's or request's reference, e.g. {@code BWV-2026-0007}. */
  String reference();

  /** How a sentence names it: "case BWV-2026-0007". */
  default String title() {
    return kind().name().toLowerCase(java.util.Locale.ROOT) + " " + reference();
  }

  /** What audit events about it name as their target type: {@code case} or {@code request}. */
  default String auditTarget() {
    return kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Adds what a package's manifest says about its source, in order. */
  void describe(Map<String, Object> manifest);
}
