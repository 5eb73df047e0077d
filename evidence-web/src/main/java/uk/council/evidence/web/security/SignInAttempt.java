package uk.council.evidence.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import uk.council.evidence.staff.entity.SignIn;

/** Carries the outcome of this request's sign-in attempt from the identity store to the page. */
@RequestScoped
public class SignInAttempt {

  private SignIn result;

  void record(SignIn signIn) {
    this.result = signIn;
  }

  public Optional<SignIn> result() {
    return Optional.ofNullable(result);
  }
}
