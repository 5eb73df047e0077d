package uk.council.evidence.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/** Hashes and checks passwords with the container's PBKDF2 implementation. */
@ApplicationScoped
public class Passwords {

  @Inject Pbkdf2PasswordHash hash;

  /** Verified against when the username is unknown, so that costs the same time. */
  private String decoy;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Letters and digits that cannot be mistaken for one another when read out or copied. */
  private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private final SecureRandom random = new SecureRandom();

  /**
   * A one-time password for an administrator to hand over, such as {@code k7mp-x2qd-9hvt-a3fz}:
   * sixteen characters from 31 (about 79 bits), in groups of four to be read out or typed.
   */
  public String oneTime() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
    }
    return password.toString();
  }

  /** Spends the time a real check would, for an unknown username. */
  public void spendDecoyCheck(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}
