package uk.council.evidence.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The headers every response carries. A Content-Security-Policy allows only the portal's own
 * scripts, styles, images and video, and the two inline scripts of the layout (GOV.UK Frontend's
 * start-up) by a nonce fresh for each response ({@code #{requestScope.cspNonce}} in a page). No
 * page may be framed, sniffed or refer elsewhere. Everything but the static assets (GOV.UK
 * Frontend, the portal's CSS and scripts) may carry personal data, so no browser or proxy keeps a
 * copy of it ({@code no-store}); the assets may be cached.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ResponseHeaders extends HttpFilter {

  /** The request attribute a page reads its script nonce from. */
  public static final String NONCE = "cspNonce";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String nonce = (String) request.getAttribute(NONCE);
    if (nonce == null) {
      byte[] bytes = new byte[18];
      RANDOM.nextBytes(bytes);
      nonce = Base64.getEncoder().encodeToString(bytes);
      request.setAttribute(NONCE, nonce);
    }
    response.setHeader("Content-Security-Policy", policy(nonce));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (isStaticAsset(request.getRequestURI().substring(request.getContextPath().length()))) {
      response.setHeader("Cache-Control", "private, max-age=3600");
    } else {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, new RelativeRedirects(response));
  }

  /**
   * Redirects with the path the application gave ({@code /evidence/…}), which browsers resolve
   * against the address they asked for, instead of an absolute address the container would build
   * from the request's Host header: a forged Host could otherwise send someone elsewhere.
   */
  static final class RelativeRedirects extends HttpServletResponseWrapper {

    RelativeRedirects(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("The response is already committed");
      }
      resetBuffer();
      setStatus(SC_FOUND);
      setHeader("Location", location);
      flushBuffer();
    }
  }

  static String policy(String nonce) {
    return "default-src 'self'; script-src 'self' 'nonce-"
        + nonce
        + "'; style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self';"
        + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
        + " frame-ancestors 'none'";
  }

  /** GOV.UK Frontend, the portal's own CSS, scripts and icons, and vendored libraries. */
  static boolean isStaticAsset(String path) {
    return path.startsWith("/webjars/")
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/");
  }
}
