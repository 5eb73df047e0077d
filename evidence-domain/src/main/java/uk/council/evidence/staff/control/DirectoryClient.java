package uk.council.evidence.staff.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import uk.council.evidence.staff.entity.DirectoryAnswer;
import uk.council.evidence.staff.entity.DirectoryAnswer.Outcome;
import uk.council.evidence.staff.entity.DirectoryGroup;
import uk.council.evidence.staff.entity.DirectoryPerson;
import uk.council.evidence.staff.entity.DirectorySettings;

/**
 * Asks the council's directory over LDAPS (JNDI): whether a username and password are right, and
 * who the person is. Each question opens its own connections and closes them: a sign-in is rare
 * enough, and nothing is kept that a changed password or group could leave stale.
 *
 * <p>The typed username reaches the directory only as a filter argument, which JNDI escapes, so
 * {@code *} or {@code )(} in it match nothing but themselves.
 */
public class DirectoryClient {

  private final DirectorySettings settings;

  /**
   * @throws IllegalArgumentException when the certificate authorities to trust cannot be read
   */
  public DirectoryClient(DirectorySettings settings) {
    this.settings = settings;
    DirectorySockets.trust(
        settings.caCertificate() == null ? null : trusting(Path.of(settings.caCertificate())));
  }

  public DirectorySettings settings() {
    return settings;
  }

  /** Checks a username and password, and says who the person is when they are right. */
  public DirectoryAnswer authenticate(String username, String password) {
    DirContext service;
    try {
      service = open(settings.bindDn(), settings.bindPassword());
    } catch (NamingException e) {
      return DirectoryAnswer.unreachable(describe(e));
    }
    try {
      Optional<SearchResult> one = person(service, username);
      if (one.isEmpty()) {
        return DirectoryAnswer.refused(Outcome.NO_SUCH_PERSON);
      }
      SearchResult entry = one.get();
      String dn = entry.getNameInNamespace();
      if (matches(service, dn, settings.disabledFilter())) {
        return DirectoryAnswer.refused(Outcome.DISABLED);
      }
      // An empty password would be an unauthenticated bind, which LDAP servers accept.
      if (password == null || password.isEmpty() || !passwordRight(dn, password)) {
        return DirectoryAnswer.refused(Outcome.WRONG_PASSWORD);
      }
      Attributes attributes = entry.getAttributes();
      return DirectoryAnswer.signedIn(
          new DirectoryPerson(
              dn,
              text(attributes, settings.nameAttribute()),
              text(attributes, settings.emailAttribute()),
              settings.areaAttribute() == null ? null : text(attributes, settings.areaAttribute()),
              groupsOf(service, dn)));
    } catch (NamingException e) {
      return DirectoryAnswer.unreachable(describe(e));
    } finally {
      close(service);
    }
  }

  /** What the directory says of an account the portal knows, between sign-ins. */
  public enum Standing {
    ENABLED,
    DISABLED,
    /** Its entry is no longer in the directory. */
    GONE
  }

  /**
   * The standing of each of these entries, asked over one connection; empty when the directory
   * could not be asked (then nothing can be concluded of anyone).
   */
  public Optional<Map<String, Standing>> standings(Collection<String> dns) {
    DirContext service;
    try {
      service = open(settings.bindDn(), settings.bindPassword());
    } catch (NamingException e) {
      return Optional.empty();
    }
    try {
      Map<String, Standing> standings = new HashMap<>();
      for (String dn : dns) {
        Standing standing;
        try {
          standing =
              matches(service, dn, settings.disabledFilter())
                  ? Standing.DISABLED
                  : Standing.ENABLED;
        } catch (NameNotFoundException e) {
          standing = Standing.GONE;
        }
        standings.put(dn, standing);
      }
      return Optional.of(standings);
    } catch (NamingException e) {
      return Optional.empty();
    } finally {
      close(service);
    }
  }

  /**
   * Whether the portal's own account can bind and read where people are kept: empty when it can,
   * otherwise one line saying what is wrong, for the log at start-up.
   */
  public Optional<String> check() {
    try {
      DirContext service = open(settings.bindDn(), settings.bindPassword());
      try {
        service.getAttributes(settings.userBase(), new String[] {"objectClass"});
      } finally {
        close(service);
      }
      return Optional.empty();
    } catch (NamingException e) {
      return Optional.of(describe(e));
    }
  }

  /** The one entry with this username; none when no entry has it, or more than one. */
  private Optional<SearchResult> person(DirContext service, String username)
      throws NamingException {
    String[] attributes =
        settings.areaAttribute() == null
            ? new String[] {settings.nameAttribute(), settings.emailAttribute()}
            : new String[] {
              settings.nameAttribute(), settings.emailAttribute(), settings.areaAttribute()
            };
    SearchControls controls =
        new SearchControls(
            SearchControls.SUBTREE_SCOPE, 2, timeoutMillis(), attributes, false, false);
    List<SearchResult> found = new ArrayList<>();
    try {
      collect(
          service.search(
              settings.userBase(), settings.userFilter(), new Object[] {username}, controls),
          found);
    } catch (SizeLimitExceededException e) {
      // More than one entry has the username: sign in as neither.
      return Optional.empty();
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private boolean matches(DirContext service, String dn, String filter) throws NamingException {
    SearchControls controls =
        new SearchControls(
            // "1.1": no attributes. With none named at all, JNDI would turn this search into an
            // LDAP compare, which fails when the entry lacks the attribute.
            SearchControls.OBJECT_SCOPE, 1, timeoutMillis(), new String[] {"1.1"}, false, false);
    List<SearchResult> found = new ArrayList<>();
    collect(service.search(dn, filter, new Object[0], controls), found);
    return !found.isEmpty();
  }

  private boolean passwordRight(String dn, String password) throws NamingException {
    try {
      close(open(dn, password));
      return true;
    } catch (AuthenticationException e) {
      return false;
    }
  }

  private List<DirectoryGroup> groupsOf(DirContext service, String dn) throws NamingException {
    SearchControls controls =
        new SearchControls(
            SearchControls.SUBTREE_SCOPE, 0, timeoutMillis(), new String[] {"cn"}, false, false);
    List<SearchResult> found = new ArrayList<>();
    collect(
        service.search(settings.groupBase(), settings.groupFilter(), new Object[] {dn}, controls),
        found);
    return found.stream()
        .map(g -> new DirectoryGroup(g.getNameInNamespace(), text(g.getAttributes(), "cn")))
        .toList();
  }

  /**
   * Active Directory ends a search with a referral it was told to ignore: what came first counts.
   */
  private static void collect(NamingEnumeration<SearchResult> results, List<SearchResult> into)
      throws NamingException {
    try {
      while (results.hasMore()) {
        into.add(results.next());
      }
    } catch (PartialResultException e) {
      // The referral: nothing more here.
    } finally {
      results.close();
    }
  }

  private DirContext open(String dn, String password) throws NamingException {
    Hashtable<String, Object> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, settings.providerUrl());
    env.put(Context.SECURITY_AUTHENTICATION, "simple");
    env.put(Context.SECURITY_PRINCIPAL, dn);
    env.put(Context.SECURITY_CREDENTIALS, password);
    env.put(Context.REFERRAL, "ignore");
    env.put("java.naming.ldap.factory.socket", DirectorySockets.class.getName());
    env.put("com.sun.jndi.ldap.connect.timeout", Long.toString(timeoutMillis()));
    env.put("com.sun.jndi.ldap.read.timeout", Long.toString(timeoutMillis()));
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    // JNDI finds the socket factory through the thread's class loader.
    Thread.currentThread().setContextClassLoader(DirectorySockets.class.getClassLoader());
    try {
      return new InitialDirContext(env);
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  private int timeoutMillis() {
    return (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
  }

  private static String text(Attributes attributes, String name) {
    Attribute attribute = attributes.get(name);
    try {
      Object value = attribute == null ? null : attribute.get();
      return value == null || value.toString().isBlank() ? null : value.toString().strip();
    } catch (NamingException e) {
      return null;
    }
  }

  private static void close(DirContext context) {
    try {
      context.close();
    } catch (NamingException e) {
      // Closing a connection that already failed: nothing is left to do.
    }
  }

  /** One line: what JNDI said and, beneath it, what the network or TLS said. */
  private String describe(NamingException e) {
    Throwable cause = e.getRootCause();
    boolean untrusted = false;
    while (cause != null) {
      untrusted |=
          cause instanceof javax.net.ssl.SSLException
              || cause instanceof java.security.GeneralSecurityException;
      if (cause.getCause() == null) {
        break;
      }
      cause = cause.getCause();
    }
    StringBuilder line = new StringBuilder();
    if (e instanceof AuthenticationException) {
      line.append("the directory refused the bind account ").append(settings.bindDn()).append(": ");
    } else if (untrusted) {
      line.append("the directory at ")
          .append(settings.providerUrl())
          .append(" is not trusted (its TLS certificate, or the authorities in ")
          .append(DirectorySettings.PREFIX)
          .append("ca-certificate): ");
    } else {
      line.append("the directory at ").append(settings.providerUrl()).append(" did not answer: ");
    }
    line.append(e.getExplanation() == null ? e.getClass().getSimpleName() : e.getExplanation());
    if (cause != null) {
      line.append(" (").append(cause.getClass().getSimpleName());
      if (cause.getMessage() != null) {
        line.append(": ").append(cause.getMessage());
      }
      line.append(')');
    }
    return line.toString().replaceAll("\\s+", " ");
  }

  private static javax.net.ssl.SSLSocketFactory trusting(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("directory-ca-" + n++, certificate);
      }
      if (n == 0) {
        throw new IllegalArgumentException(
            DirectorySettings.PREFIX + "ca-certificate: " + pem + " holds no certificate");
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          DirectorySettings.PREFIX + "ca-certificate: cannot read " + pem + ": " + e.getMessage(),
          e);
    }
  }
}
