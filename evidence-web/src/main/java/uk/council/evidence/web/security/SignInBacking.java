package uk.council.evidence.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.council.evidence.staff.entity.SignInOutcome;

/** The sign-in page. */
@Named("signIn")
@RequestScoped
public class SignInBacking {

  @Inject SecurityContext security;
  @Inject SignInAttempt attempt;
  @Inject FacesContext faces;

  private String username;
  private String password;

  /** Sends someone already signed in straight on to their home page. */
  public void redirectIfSignedIn() throws IOException {
    if (security.getCallerPrincipal() != null) {
      ExternalContext ext = faces.getExternalContext();
      ext.redirect(ext.getRequestContextPath() + "/index.xhtml");
    }
  }

  public void signIn() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      error("Enter your username and password.");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) ext.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username.strip(), password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        request.changeSessionId();
        Object returnTo = request.getSession().getAttribute(PortalAuthentication.RETURN_TO);
        request.getSession().removeAttribute(PortalAuthentication.RETURN_TO);
        String target =
            returnTo instanceof String s && s.startsWith(ext.getRequestContextPath() + "/")
                ? s
                : ext.getRequestContextPath() + "/index.xhtml";
        ext.redirect(target);
      }
      default -> {
        ((HttpServletResponse) ext.getResponse()).setStatus(HttpServletResponse.SC_OK);
        if (attempt
            .result()
            .map(r -> r.outcome() == SignInOutcome.DIRECTORY_UNAVAILABLE)
            .orElse(false)) {
          // Said whatever the username, so it tells nothing about any account.
          error(
              "The council's directory is not answering, so you cannot sign in with your network"
                  + " account just now. Try again in a few minutes; if it goes on, call the IT"
                  + " service desk.");
          return;
        }
        // One answer for every refusal: it must not tell whether the account exists or is
        // locked (a lock applies to this computer only; an administrator can lift it).
        error(
            "The username or password is not right. Check them and try again. After several"
                + " failed attempts, sign-in from this computer pauses for a while.");
      }
    }
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
