package uk.council.evidence.staff.entity;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How the portal signs people in through the council's directory (Active Directory, or any LDAP
 * directory), from the settings named {@code evidence.directory.*} (see docs/operations.md). With
 * no {@code evidence.directory.url} the directory is not used and only the portal's own accounts
 * sign in.
 *
 * <p>The defaults are Active Directory's: a person is a {@code user} found by {@code
 * sAMAccountName}, their groups are the {@code group} entries listing them as a {@code member}, and
 * an account is disabled when bit 2 of {@code userAccountControl} is set.
 *
 * @param urls the directory's addresses, {@code ldaps://} only, tried in turn
 * @param bindDn the account the portal searches the directory with
 * @param bindPassword its password
 * @param userBase where people are searched for
 * @param userFilter the filter that finds a person, {@code {0}} standing for the typed username
 * @param groupBase where groups are searched for
 * @param groupFilter the filter that finds a person's groups, {@code {0}} standing for their
 *     entry's name (DN)
 * @param disabledFilter a filter that matches a person's entry when their account is disabled
 * @param nameAttribute the attribute holding the person's name
 * @param emailAttribute the attribute holding their email address
 * @param areaAttribute the attribute naming their service area (its code or name), or null
 * @param groups for each role, the names of the groups that give it (a group's {@code cn} or its
 *     whole DN, in any case)
 * @param caCertificate a PEM file of the certificate authorities to trust for the directory, or
 *     null for the JVM's own trusted authorities
 * @param timeout how long to wait for the directory to connect or answer
 */
public record DirectorySettings(
    List<URI> urls,
    String bindDn,
    String bindPassword,
    String userBase,
    String userFilter,
    String groupBase,
    String groupFilter,
    String disabledFilter,
    String nameAttribute,
    String emailAttribute,
    String areaAttribute,
    Map<Role, Set<String>> groups,
    String caCertificate,
    Duration timeout) {

  /** The settings' common prefix. */
  public static final String PREFIX = "evidence.directory.";

  public static final String AD_USER_FILTER = "(&(objectClass=user)(sAMAccountName={0}))";
  public static final String AD_GROUP_FILTER = "(&(objectClass=group)(member={0}))";
  public static final String AD_DISABLED_FILTER = "(userAccountControl:1.2.840.113556.1.4.803:=2)";

  public DirectorySettings {
    urls = List.copyOf(urls);
    Map<Role, Set<String>> copy = new EnumMap<>(Role.class);
    groups.forEach((role, names) -> copy.put(role, Set.copyOf(names)));
    groups = Map.copyOf(copy);
  }

  /**
   * Reads the settings, or nothing when no directory is configured.
   *
   * @param setting a setting's value by its whole name, empty when it is not set
   * @throws IllegalArgumentException with one line for each thing that is wrong
   */
  public static Optional<DirectorySettings> read(Function<String, Optional<String>> setting) {
    Function<String, Optional<String>> value =
        name -> setting.apply(PREFIX + name).map(String::strip).filter(v -> !v.isEmpty());
    Optional<String> url = value.apply("url");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    List<URI> urls = new ArrayList<>();
    for (String one : url.get().split("\\s+")) {
      URI uri;
      try {
        uri = URI.create(one);
      } catch (IllegalArgumentException e) {
        problems.add(PREFIX + "url: '" + one + "' is not an address");
        continue;
      }
      if (!"ldaps".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        problems.add(
            PREFIX
                + "url: '"
                + one
                + "' must be ldaps://host:port (passwords must not cross the network in clear)");
      } else {
        urls.add(uri);
      }
    }
    String bindDn = required(value, "bind-dn", problems);
    String bindPassword = required(value, "bind-password", problems);
    String userBase = required(value, "user-base", problems);
    String userFilter = filter(value, "user-filter", AD_USER_FILTER, problems);
    String groupBase = value.apply("group-base").orElse(userBase);
    String groupFilter = filter(value, "group-filter", AD_GROUP_FILTER, problems);
    String disabledFilter = filter(value, "disabled-filter", AD_DISABLED_FILTER, problems);
    Map<Role, Set<String>> groups = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      value
          .apply("groups." + settingName(role))
          .map(DirectorySettings::groupNames)
          .filter(names -> !names.isEmpty())
          .ifPresent(names -> groups.put(role, names));
    }
    if (groups.isEmpty()) {
      problems.add(
          PREFIX
              + "groups.<role>: no directory group gives any role, so nobody could sign in"
              + " through the directory (e.g. "
              + PREFIX
              + "groups.camera-user=BWV Camera Users)");
    }
    Duration timeout = Duration.ofSeconds(5);
    Optional<String> typedTimeout = value.apply("timeout");
    if (typedTimeout.isPresent()) {
      try {
        timeout = Duration.parse(typedTimeout.get());
      } catch (RuntimeException e) {
        problems.add(PREFIX + "timeout: '" + typedTimeout.get() + "' is not a duration like PT5S");
      }
      if (timeout.isNegative() || timeout.isZero()) {
        problems.add(PREFIX + "timeout: must be more than nothing");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return Optional.of(
        new DirectorySettings(
            urls,
            bindDn,
            bindPassword,
            userBase,
            userFilter,
            groupBase,
            groupFilter,
            disabledFilter,
            value.apply("name-attribute").orElse("displayName"),
            value.apply("email-attribute").orElse("mail"),
            value.apply("area-attribute").orElse(null),
            groups,
            value.apply("ca-certificate").orElse(null),
            timeout));
  }

  /** A role's part of its setting's name: {@code EVIDENCE_OFFICER} is {@code evidence-officer}. */
  public static String settingName(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The roles a person's groups give them: a group counts when its {@code cn} or its whole name is
   * one the settings list for a role, in any case.
   *
   * @param memberOf the person's groups, each as its cn and its DN
   */
  public Set<Role> rolesOf(List<DirectoryGroup> memberOf) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    groups.forEach(
        (role, names) -> {
          for (DirectoryGroup group : memberOf) {
            if (names.contains(fold(group.cn())) || names.contains(fold(group.dn()))) {
              roles.add(role);
            }
          }
        });
    return roles;
  }

  /** The addresses as JNDI takes them: separated by spaces. */
  public String providerUrl() {
    return String.join(" ", urls.stream().map(URI::toString).toList());
  }

  /** Never the password: these settings are written in the server's log at start-up. */
  @Override
  public String toString() {
    return "directory "
        + providerUrl()
        + " as "
        + bindDn
        + ", people under "
        + userBase
        + ", groups under "
        + groupBase
        + ", roles from groups "
        + groups;
  }

  private static Set<String> groupNames(String listed) {
    return Set.copyOf(
        Arrays.stream(listed.split(";"))
            .map(DirectorySettings::fold)
            .filter(name -> !name.isEmpty())
            .toList());
  }

  /** Group names compared in lower case, with the spaces after a DN's commas dropped. */
  private static String fold(String name) {
    return name == null ? "" : name.strip().replaceAll(",\\s+", ",").toLowerCase(Locale.ROOT);
  }

  private static String required(
      Function<String, Optional<String>> value, String name, List<String> problems) {
    Optional<String> found = value.apply(name);
    if (found.isEmpty()) {
      problems.add(PREFIX + name + ": not set, and directory sign-in needs it");
      return null;
    }
    return found.get();
  }

  private static String filter(
      Function<String, Optional<String>> value,
      String name,
      String otherwise,
      List<String> problems) {
    String filter = value.apply(name).orElse(otherwise);
    if (!filter.startsWith("(") || !filter.endsWith(")")) {
      problems.add(PREFIX + name + ": '" + filter + "' is not an LDAP filter in parentheses");
    }
    return filter;
  }
}
