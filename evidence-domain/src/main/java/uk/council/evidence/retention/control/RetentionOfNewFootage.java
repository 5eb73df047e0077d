package uk.council.evidence.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import uk.council.evidence.footage.entity.NewFootageRetention;
import uk.council.evidence.retention.boundary.RetentionPolicy;

/** New footage joins the default category and is dated by its rule. */
@ApplicationScoped
public class RetentionOfNewFootage implements NewFootageRetention {

  @Inject RetentionPolicy policy;

  @Override
  public Retained retain(Instant recordedStart, Instant uploadedAt) {
    RetentionPolicy.ForNewFootage retained = policy.forNewFootage();
    return new Retained(
        retained.category(), retained.rule().deletionDue(recordedStart, uploadedAt));
  }
}
