package uk.council.evidence.web.footage;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.council.evidence.footage.entity.Playback;

/**
 * The play tokens this session's recording pages have issued: a token is the server's, bound to
 * this session and one recording, so a client cannot choose one to make many plays look like one.
 * The newest {@value #KEPT} are kept, so a long session cannot grow without bound.
 */
@SessionScoped
public class PlayTokens implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int KEPT = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Playback> issued =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Playback> eldest) {
          return size() > KEPT;
        }
      };

  /** A fresh token for one showing of the player of {@code recordingId}. */
  public synchronized String issue(long recordingId, Instant now) {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    issued.put(token, new Playback(recordingId, now));
    return token;
  }

  /** The showing {@code token} names, if this session issued it and it serves this request. */
  public synchronized Optional<Playback> find(String token, long recordingId, Instant now) {
    return Optional.ofNullable(token == null ? null : issued.get(token))
        .filter(p -> p.serves(recordingId, now));
  }
}
