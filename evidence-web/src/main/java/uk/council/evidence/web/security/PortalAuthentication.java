package uk.council.evidence.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.boundary.DockSignInFailures;

/**
 * Authentication for the portal and the API: the sign-in page hands a credential over with {@code
 * SecurityContext.authenticate}; a protected page without a signed-in person redirects to the
 * sign-in page; a protected API call without one gets 401.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  /** Session attribute: the page someone asked for before they were sent to sign in. */
  public static final String RETURN_TO = "uk.council.evidence.returnTo";

  /** The API paths docks use, with their own credential rather than a person's session. */
  static final String DOCK_API = "/api/v1/dock/";

  @Inject IdentityStoreHandler identityStores;
  @Inject Devices devices;
  @Inject DockSignInFailures dockFailures;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        // A person's sign-in lasts for their session.
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + DOCK_API)) {
      // Never from a session: a revoked dock must be refused on its very next request.
      return authenticateDock(request, response, context);
    }
    Principal signedIn = request.getUserPrincipal();
    if (signedIn != null) {
      return carryOn(signedIn, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorised(response, "Session", "Sign in first: this API needs a signed-in person.");
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession()
          .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    return context.redirect(request.getContextPath() + "/login.xhtml");
  }

  /** Goes on as the person the session says signed in. */
  private static AuthenticationStatus carryOn(Principal signedIn, HttpMessageContext context) {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("The container refused the session's caller", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  /**
   * A dock sends its name and secret with HTTP Basic on every request; nothing is kept between
   * requests, so a revoked credential stops working at once.
   */
  private AuthenticationStatus authenticateDock(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    boolean named = false;
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = "";
      }
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        named = true;
        var dock =
            devices.authenticateDock(
                decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
        if (dock.isPresent()) {
          return context.notifyContainerAboutLogin("dock:" + dock.get().getName(), Set.of("DOCK"));
        }
      }
    }
    if (!named) {
      // No dock to audit it under: counted, and reported once a minute.
      dockFailures.count(request.getRemoteAddr());
    }
    return unauthorised(
        response,
        "Basic realm=\"BWV Evidence docks\"",
        "This API needs a dock's name and current credential (HTTP Basic).");
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorised(
      HttpServletResponse response, String challenge, String detail) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", challenge);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    String body =
        "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\""
            + detail
            + "\"}";
    try {
      response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The client has gone; there is no one left to tell.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
