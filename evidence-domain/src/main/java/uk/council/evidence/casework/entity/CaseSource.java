package uk.council.evidence.casework.entity;

import java.util.Map;
import java.util.Objects;

/** A package of a case's exhibits, for the police or the CPS. */
public record CaseSource(EvidenceCase evidenceCase) implements PackageSource {

  public CaseSource {
    Objects.requireNonNull(evidenceCase, "evidenceCase");
  }

  @Override
  public Kind kind() {
    return Kind.CASE;
  }

  @Override
  public Long id() {
    return evidenceCase.getId();
  }

  @Override
  public String reference() {
    return evidenceCase.getReference();
  }

  @Override
  public void describe(Map<String, Object> manifest) {
    manifest.put("case", evidenceCase.getReference());
    evidenceCase.getPoliceReference().ifPresent(r -> manifest.put("policeReference", r));
    evidenceCase.getCpsUrn().ifPresent(u -> manifest.put("cpsUrn", u));
  }
}
