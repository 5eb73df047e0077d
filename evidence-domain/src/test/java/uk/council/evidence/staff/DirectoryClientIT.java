package uk.council.evidence.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.council.evidence.staff.control.DirectoryClient;
import uk.council.evidence.staff.entity.DirectoryAnswer;
import uk.council.evidence.staff.entity.DirectoryAnswer.Outcome;
import uk.council.evidence.staff.entity.DirectoryGroup;
import uk.council.evidence.staff.entity.DirectorySettings;
import uk.council.evidence.staff.entity.Role;

/**
 * The directory client against a real LDAP server: the demo directory that ./bwv test starts
 * (Debian's slapd over LDAPS, seeded from evidence-web/src/demo/directory/council.ldif), with the
 * settings it exports.
 */
class DirectoryClientIT {

  static final String PASSWORD =
      Optional.ofNullable(System.getenv("EVIDENCE_DEMO_PASSWORD")).orElse("demo-password-2026");

  /** The settings as the server reads them: a name's environment variable, as MicroProfile's. */
  static Optional<String> fromEnvironment(String name) {
    return Optional.ofNullable(
        System.getenv(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)));
  }

  static DirectoryClient client(UnaryOperator<Map<String, Optional<String>>> change) {
    Map<String, Optional<String>> changed = change.apply(new HashMap<>());
    return new DirectoryClient(
        DirectorySettings.read(
                name -> changed.containsKey(name) ? changed.get(name) : fromEnvironment(name))
            .orElseThrow(
                () -> new IllegalStateException("./bwv test sets EVIDENCE_DIRECTORY_URL")));
  }

  static DirectoryClient client() {
    return client(settings -> settings);
  }

  @Test
  void aPersonSignsInAndIsDescribed() {
    DirectoryAnswer answer = client().authenticate("ad.camera", PASSWORD);
    assertEquals(Outcome.SIGNED_IN, answer.outcome(), String.valueOf(answer.problem()));
    var person = answer.person();
    assertEquals("uid=ad.camera,ou=Staff,dc=council,dc=example", person.dn());
    assertEquals("Nadia Khan", person.displayName());
    assertEquals("nadia.khan@council.example", person.email());
    assertEquals("PARKING", person.area());
    assertEquals(
        Set.of("BWV Camera Users", "All Staff"),
        Set.copyOf(person.groups().stream().map(DirectoryGroup::cn).toList()));
    assertEquals(Set.of(Role.CAMERA_USER), client().settings().rolesOf(person.groups()));
  }

  @Test
  void aGroupNamedByItsWholeNameGivesItsRole() {
    var person = client().authenticate("ad.dpo", PASSWORD).person();
    assertEquals(Set.of(Role.DPO), client().settings().rolesOf(person.groups()));
    assertNull(person.area());
  }

  @Test
  void theUsernameIsMatchedAsTyped() {
    // LDAP compares uid without regard to case, as Active Directory does sAMAccountName.
    assertEquals(Outcome.SIGNED_IN, client().authenticate("AD.Camera", PASSWORD).outcome());
  }

  @Test
  void refusals() {
    DirectoryClient client = client();
    assertEquals(Outcome.WRONG_PASSWORD, client.authenticate("ad.camera", "not-it").outcome());
    // An empty password would be an unauthenticated bind, which slapd accepts.
    assertEquals(Outcome.WRONG_PASSWORD, client.authenticate("ad.camera", "").outcome());
    assertEquals(Outcome.DISABLED, client.authenticate("ad.leaver", PASSWORD).outcome());
    assertEquals(Outcome.NO_SUCH_PERSON, client.authenticate("nobody", PASSWORD).outcome());
    // Filter syntax in a username matches nothing but itself.
    for (String injected : List.of("*", "ad.*", "ad.camera)(uid=*", "*)(|(uid=*")) {
      assertEquals(
          Outcome.NO_SUCH_PERSON, client.authenticate(injected, PASSWORD).outcome(), injected);
    }
  }

  @Test
  void theStandingOfAccountsBetweenSignIns() throws Exception {
    String camera = "uid=ad.camera,ou=Staff,dc=council,dc=example";
    String leaver = "uid=ad.leaver,ou=Staff,dc=council,dc=example";
    String gone = "uid=ad.gone,ou=Staff,dc=council,dc=example";
    assertEquals(
        Map.of(
            camera, DirectoryClient.Standing.ENABLED,
            leaver, DirectoryClient.Standing.DISABLED,
            gone, DirectoryClient.Standing.GONE),
        client().standings(List.of(camera, leaver, gone)).orElseThrow());
    int closed;
    try (var socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    assertTrue(
        client(s -> put(s, "evidence.directory.url", "ldaps://127.0.0.1:" + closed))
            .standings(List.of(camera))
            .isEmpty(),
        "nothing is concluded when the directory does not answer");
  }

  @Test
  void aWrongBindPasswordIsOneLineSayingSo() {
    DirectoryClient client =
        client(s -> put(s, "evidence.directory.bind-password", "wrong-bind-password"));
    String problem = client.check().orElseThrow();
    assertTrue(
        problem.startsWith("the directory refused the bind account uid=bwv-portal"), problem);
    assertTrue(problem.contains("Invalid Credentials"), problem);
    assertTrue(!problem.contains("\n"), problem);
    DirectoryAnswer answer = client.authenticate("ad.camera", PASSWORD);
    assertEquals(Outcome.UNREACHABLE, answer.outcome());
    assertEquals(problem, answer.problem());
    assertTrue(client().check().isEmpty(), "the right settings pass the check");
  }

  @Test
  void aDirectoryThatDoesNotAnswer() throws Exception {
    int closed;
    try (var socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    DirectoryClient client =
        client(s -> put(s, "evidence.directory.url", "ldaps://127.0.0.1:" + closed));
    DirectoryAnswer answer = client.authenticate("ad.camera", PASSWORD);
    assertEquals(Outcome.UNREACHABLE, answer.outcome());
    assertTrue(
        answer.problem().startsWith("the directory at ldaps://127.0.0.1:" + closed),
        answer.problem());
    assertTrue(answer.problem().contains("Connection refused"), answer.problem());
  }

  @Test
  void aCertificateNotTrustedIsRefused() {
    // Without the demo's certificate authority, the JVM's own trusted authorities do not know it.
    DirectoryClient client = client(s -> put(s, "evidence.directory.ca-certificate", null));
    String problem = client.check().orElseThrow();
    assertTrue(problem.contains("is not trusted"), problem);
    assertTrue(problem.contains("certification path"), problem);
  }

  static Map<String, Optional<String>> put(
      Map<String, Optional<String>> settings, String name, String value) {
    settings.put(name, Optional.ofNullable(value));
    return settings;
  }
}
