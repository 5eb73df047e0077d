package uk.council.evidence.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.council.evidence.staff.entity.Role;

/**
 * Every page declares who may open it: web.xml's constraints cover every view, each role's folder
 * is restricted to that role, and the navigation never links to a page its role cannot open.
 */
class SecurityConstraintsTest {

  static final Path WEBAPP = Path.of("src/main/webapp");

  /** URL pattern to the roles that may use it; an empty set means public. */
  static Map<String, Set<String>> constraints = new HashMap<>();

  @BeforeAll
  static void readWebXml() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document web = factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
    NodeList list = web.getElementsByTagNameNS("*", "security-constraint");
    for (int i = 0; i < list.getLength(); i++) {
      Element c = (Element) list.item(i);
      Set<String> roles = new LinkedHashSet<>();
      NodeList names = c.getElementsByTagNameNS("*", "role-name");
      for (int j = 0; j < names.getLength(); j++) {
        roles.add(names.item(j).getTextContent().strip());
      }
      NodeList patterns = c.getElementsByTagNameNS("*", "url-pattern");
      for (int j = 0; j < patterns.getLength(); j++) {
        constraints.put(patterns.item(j).getTextContent().strip(), roles);
      }
    }
  }

  /** The roles that may open a path, by the servlet rule: exact match, then longest prefix. */
  static Set<String> rolesFor(String path) {
    if (constraints.containsKey(path)) {
      return constraints.get(path);
    }
    String best = null;
    for (String pattern : constraints.keySet()) {
      if (pattern.endsWith("/*")) {
        String prefix = pattern.substring(0, pattern.length() - 1);
        if (path.startsWith(prefix) && (best == null || pattern.length() > best.length())) {
          best = pattern;
        }
      }
    }
    if (best == null) {
      throw new AssertionError(path + " is not covered by any security constraint");
    }
    return constraints.get(best);
  }

  static List<String> views() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void onlyTheSignInVerifyAndErrorPagesArePublic() throws IOException {
    List<String> publicViews = new ArrayList<>();
    for (String view : views()) {
      if (rolesFor(view).isEmpty()) {
        publicViews.add(view);
      }
    }
    assertEquals(
        List.of(
            "/error/expired.xhtml",
            "/error/forbidden.xhtml",
            "/error/not-found.xhtml",
            "/error/problem.xhtml",
            "/login.xhtml",
            "/verify.xhtml"),
        publicViews);
  }

  @Test
  void everyOtherPageNeedsASignedInPersonWithAKnownRole() throws IOException {
    Set<String> people = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
    for (String view : views()) {
      if (view.equals("/account/password.xhtml")) {
        continue;
      }
      Set<String> roles = rolesFor(view);
      assertTrue(people.containsAll(roles), view + " names an unknown role: " + roles);
    }
    assertEquals(people, rolesFor("/index.xhtml"));
    assertEquals(people, rolesFor("/api/v1/session"));
  }

  /**
   * Changing one's password is the one page for anyone signed in, whatever their roles ("**"): a
   * person must change a one-time password before any role applies, and a new account may have no
   * role yet while its roles await approval.
   */
  @Test
  void changingOnesPasswordIsForAnyoneSignedInAndOnlyThat() throws IOException {
    assertEquals(Set.of("**"), rolesFor("/account/password.xhtml"));
    for (String view : views()) {
      if (!view.equals("/account/password.xhtml")) {
        assertTrue(!rolesFor(view).contains("**"), view);
      }
    }
  }

  @Test
  void theDockApiIsForDocksAlone() {
    assertEquals(Set.of("DOCK"), rolesFor("/api/v1/dock/whoami"));
  }

  @Test
  void eachRolesFolderIsForThatRoleAlone() {
    for (Role role : Role.values()) {
      String home = Navigation.homeOf(role);
      assertEquals(Set.of(role.name()), rolesFor(home), home);
    }
  }

  @Test
  void theNavigationOnlyLinksToPagesItsRoleMayOpen() {
    for (Navigation.Link link : Navigation.LINKS) {
      assertTrue(Files.exists(WEBAPP.resolve(link.path().substring(1))), link.path() + " exists");
      assertTrue(rolesFor(link.path()).contains(link.role().name()), link.label());
    }
  }
}
