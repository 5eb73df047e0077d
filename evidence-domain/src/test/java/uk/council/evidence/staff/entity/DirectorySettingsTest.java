package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

  static Map<String, String> activeDirectory() {
    Map<String, String> s = new HashMap<>();
    s.put("evidence.directory.url", "ldaps://dc1.council.local:636 ldaps://dc2.council.local:636");
    s.put("evidence.directory.bind-dn", "CN=svc-bwv,OU=Service Accounts,DC=council,DC=local");
    s.put("evidence.directory.bind-password", "s3cret-bind");
    s.put("evidence.directory.user-base", "OU=Staff,DC=council,DC=local");
    s.put("evidence.directory.groups.camera-user", "BWV Camera Users; BWV Wardens");
    s.put(
        "evidence.directory.groups.dpo",
        "CN=Information Governance, OU=Groups, DC=council, DC=local");
    return s;
  }

  static DirectorySettings read(Map<String, String> settings) {
    return DirectorySettings.read(name -> Optional.ofNullable(settings.get(name))).orElseThrow();
  }

  @Test
  void noAddressMeansNoDirectory() {
    assertTrue(DirectorySettings.read(name -> Optional.empty()).isEmpty());
    assertTrue(
        DirectorySettings.read(
                name ->
                    name.equals("evidence.directory.url") ? Optional.of("  ") : Optional.empty())
            .isEmpty());
  }

  @Test
  void activeDirectoryIsTheDefault() {
    DirectorySettings settings = read(activeDirectory());
    assertEquals(
        "ldaps://dc1.council.local:636 ldaps://dc2.council.local:636", settings.providerUrl());
    assertEquals(DirectorySettings.AD_USER_FILTER, settings.userFilter());
    assertEquals(DirectorySettings.AD_GROUP_FILTER, settings.groupFilter());
    assertEquals(DirectorySettings.AD_DISABLED_FILTER, settings.disabledFilter());
    assertEquals("OU=Staff,DC=council,DC=local", settings.groupBase());
    assertEquals("displayName", settings.nameAttribute());
    assertEquals("mail", settings.emailAttribute());
    assertEquals(null, settings.areaAttribute());
    assertEquals(Duration.ofSeconds(5), settings.timeout());
  }

  @Test
  void groupsGiveRolesByCommonNameOrWholeNameInAnyCase() {
    DirectorySettings settings = read(activeDirectory());
    var wardens = new DirectoryGroup("CN=BWV Wardens,OU=Groups,DC=council,DC=local", "BWV Wardens");
    var governance =
        new DirectoryGroup(
            "cn=information governance,ou=groups,dc=council,dc=local", "Information Governance");
    var other = new DirectoryGroup("CN=All Staff,OU=Groups,DC=council,DC=local", "All Staff");
    assertEquals(Set.of(Role.CAMERA_USER), settings.rolesOf(List.of(wardens, other)));
    assertEquals(
        Set.of(Role.CAMERA_USER, Role.DPO), settings.rolesOf(List.of(wardens, governance)));
    assertEquals(Set.of(), settings.rolesOf(List.of(other)));
    assertEquals(Set.of(), settings.rolesOf(List.of()));
    // A group called like a DPO group's DN but elsewhere in the tree gives nothing.
    var lookalike =
        new DirectoryGroup(
            "CN=Information Governance,OU=Contractors,DC=council,DC=local",
            "Information Governance");
    assertEquals(Set.of(), settings.rolesOf(List.of(lookalike)));
  }

  @Test
  void everyProblemIsNamedInOneLine() {
    Map<String, String> s = new HashMap<>();
    s.put("evidence.directory.url", "ldap://dc1.council.local:389");
    s.put("evidence.directory.user-filter", "uid={0}");
    s.put("evidence.directory.timeout", "five seconds");
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DirectorySettings.read(name -> Optional.ofNullable(s.get(name))));
    String message = e.getMessage();
    assertFalse(message.contains("\n"), message);
    for (String part :
        List.of(
            "must be ldaps://",
            "bind-dn: not set",
            "bind-password: not set",
            "user-base: not set",
            "user-filter: 'uid={0}' is not an LDAP filter",
            "no directory group gives any role",
            "timeout: 'five seconds'")) {
      assertTrue(message.contains(part), part + " in " + message);
    }
  }

  @Test
  void theBindPasswordIsNeverWrittenOut() {
    DirectorySettings settings = read(activeDirectory());
    assertFalse(settings.toString().contains("s3cret-bind"), settings.toString());
    assertTrue(settings.toString().contains("ldaps://dc1.council.local:636"));
  }

  @Test
  void roleSettingNames() {
    assertEquals("evidence-officer", DirectorySettings.settingName(Role.EVIDENCE_OFFICER));
    assertEquals("camera-user", DirectorySettings.settingName(Role.CAMERA_USER));
  }
}
