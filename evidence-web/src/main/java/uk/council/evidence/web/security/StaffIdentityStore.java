package uk.council.evidence.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.SignIn;

/** The database identity store: staff accounts, their PBKDF2 password hashes and roles. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @Inject StaffAccounts accounts;
  @Inject SignInAttempt attempt;
  @Inject HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignIn signIn =
        accounts.signIn(
            credential.getCaller(),
            credential.getPasswordAsString(),
            request.getRemoteAddr(),
            request.getHeader("User-Agent"));
    attempt.record(signIn);
    if (!signIn.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        signIn.username(), signIn.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
