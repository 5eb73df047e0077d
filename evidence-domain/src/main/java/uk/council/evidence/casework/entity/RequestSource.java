package uk.council.evidence.casework.entity;

import java.util.Map;

/**
 * A package of the footage found for a request: a subject access request, an FOI request or a third
 * party's. The request component owns requests; casework knows one by its id, its reference and
 * what kind of request it is, as the council names it.
 *
 * @param requestId the request's id
 * @param reference its reference, e.g. {@code SAR-2027-0004}
 * @param type what kind of request it is, e.g. "Subject access request"
 */
public record RequestSource(long requestId, String reference, String type)
    implements PackageSource {

  public RequestSource {
    if (reference == null || reference.isBlank() || reference.length() > 40) {
      throw new IllegalArgumentException("A request needs its reference: " + reference);
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("Request " + reference + " needs its type");
    }
  }

  @Override
  public Kind kind() {
    return Kind.REQUEST;
  }

  @Override
  public Long id() {
    return requestId;
  }

  @Override
  public void describe(Map<String, Object> manifest) {
    manifest.put("request", reference);
    manifest.put("requestType", type);
  }
}
