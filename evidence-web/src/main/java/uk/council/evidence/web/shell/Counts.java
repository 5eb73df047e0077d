package uk.council.evidence.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.council.evidence.platform.entity.Plural;

/**
 * {@link Plural} for the pages, which cannot call a static method: {@code #{counts.of(n,
 * 'recording')}} and {@code #{counts.word(n, 'falls', 'fall')}}.
 */
@Named("counts")
@ApplicationScoped
public class Counts {

  public String of(long count, String one) {
    return Plural.of(count, one);
  }

  public String word(long count, String one, String many) {
    return Plural.word(count, one, many);
  }
}
