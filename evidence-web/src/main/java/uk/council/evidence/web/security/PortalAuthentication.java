package uk.council.evidence.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.boundary.DockSignInFailures;
import uk.council.evidence.staff.boundary.StaffSessions;
import uk.council.evidence.staff.entity.SessionCheck;

/**
 * Authentication for the portal and the API: the sign-in page hands a credential over with {@code
 * SecurityContext.authenticate}; a protected page without a signed-in person redirects to the
 * sign-in page; a protected API call without one gets 401.
 *
 * <p>Nothing about the person is remembered between requests but their session's token: each
 * request asks {@link StaffSessions#check} who the token stands for now, so a disabled account or a
 * reset password signs the session out at once, and changed roles apply from the next request.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  /** Session attribute: the page someone asked for before they were sent to sign in. */
  public static final String RETURN_TO = "uk.council.evidence.returnTo";

  /** Session attribute: the token of the person's signed-in session (see {@link StaffSessions}). */
  static final String SESSION_TOKEN = "uk.council.evidence.sessionToken";

  /**
   * Where a person who signed in with a one-time password is sent, and the only page they may open
   * until they have changed it.
   */
  public static final String PASSWORD_PAGE = "/account/password.xhtml";

  /** The API paths docks use, with their own credential rather than a person's session. */
  static final String DOCK_API = "/api/v1/dock/";

  @Inject IdentityStoreHandler identityStores;
  @Inject SignInAttempt attempt;
  @Inject StaffSessions sessions;
  @Inject Devices devices;
  @Inject DockSignInFailures dockFailures;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.isRequestedSessionIdFromURL()) {
      // A session id in the address (";jsessionid=") could be fixed by another or leak through
      // logs and links: sessions are carried by the cookie alone.
      return refuse(response, HttpServletResponse.SC_BAD_REQUEST);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        keepSessionToken(request, attempt.result().orElseThrow().sessionToken());
        return context.notifyContainerAboutLogin(result);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + DOCK_API)) {
      // Never from a session: a revoked dock must be refused on its very next request.
      return authenticateDock(request, response, context);
    }
    if (!context.isProtected() && !isPage(request)) {
      // Style sheets, scripts and images: no need to know who is asking.
      return context.doNothing();
    }
    boolean ended = false;
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_TOKEN) instanceof String token) {
      SessionCheck now = sessions.check(token);
      if (now.isLive() && now.mustChangePassword()) {
        return passwordFirst(request, context, now.username());
      }
      if (now.isLive()) {
        return context.notifyContainerAboutLogin(
            now.username(), now.roles().stream().map(Enum::name).collect(Collectors.toSet()));
      }
      // Ended elsewhere (signed out, expired, account changed): this browser signs in again.
      session.removeAttribute(SESSION_TOKEN);
      session.invalidate();
      ended = true;
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
    // A Location of the portal's own path, not an absolute address built from the Host header.
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader(
        "Location", request.getContextPath() + "/login.xhtml" + (ended ? "?expired=true" : ""));
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * Someone who signed in with a one-time password (one an administrator saw) may do nothing but
   * change it: any other page sends them to the password page, and everything else is refused,
   * because they go on without any of their roles until then (the password page is open to any
   * signed-in person).
   */
  private static AuthenticationStatus passwordFirst(
      HttpServletRequest request, HttpMessageContext context, String username) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (isPage(request) && !path.equals(PASSWORD_PAGE)) {
      return context.redirect(request.getContextPath() + PASSWORD_PAGE);
    }
    return context.notifyContainerAboutLogin(username, Set.of());
  }

  /**
   * Keeps the new session's token in the HTTP session, which lives as long as the idle limit
   * allows; a session this browser had before ends.
   */
  private void keepSessionToken(HttpServletRequest request, String token) {
    HttpSession session = request.getSession();
    if (session.getAttribute(SESSION_TOKEN) instanceof String previous) {
      sessions.replaced(previous);
    }
    session.setAttribute(SESSION_TOKEN, token);
    session.setMaxInactiveInterval((int) sessions.limits().idle().toSeconds());
  }

  /** The token of the signed-in session this request belongs to, or null. */
  public static String sessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SESSION_TOKEN) instanceof String token
        ? token
        : null;
  }

  /** A Faces page (not a Faces resource such as a style sheet, which is also served as .xhtml). */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return (path.endsWith(".xhtml") || path.endsWith("/"))
        && !path.startsWith("/jakarta.faces.resource/");
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

  private static AuthenticationStatus refuse(HttpServletResponse response, int status) {
    try {
      response.sendError(status);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
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
