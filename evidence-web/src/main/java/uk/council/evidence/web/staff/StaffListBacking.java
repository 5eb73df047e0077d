package uk.council.evidence.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.web.footage.Formats;

/** The list of staff accounts. */
@Named("staffList")
@RequestScoped
public class StaffListBacking {

  @Inject StaffAccounts accounts;
  @Inject Clock clock;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      Map<Long, Set<Role>> awaiting = accounts.awaitingApproval();
      rows =
          accounts.all().stream()
              .map(m -> row(m, awaiting.getOrDefault(m.getId(), Set.of())))
              .toList();
    }
    return rows;
  }

  private Row row(StaffMember m, Set<Role> awaiting) {
    String status;
    String style;
    if (!m.isActive()) {
      status = "Disabled";
      style = "evidence-status--disabled";
    } else if (m.isLockedAt(clock.instant())) {
      status = "Locked until " + Formats.dateTime(m.getLockedUntil().get());
      style = "evidence-status--locked";
    } else {
      status = "Active";
      style = "";
    }
    return new Row(
        m.getId(),
        m.getDisplayName(),
        m.getUsername(),
        m.isDirectoryAccount()
            ? roles(m.getRoles(), awaiting) + " (from directory groups)"
            : roles(m.getRoles(), awaiting),
        m.getServiceArea() == null ? "All areas" : m.getServiceArea().getName(),
        status,
        style,
        m.getLastSignInAt().map(Formats::dateTime).orElse("Never"));
  }

  /** "Camera user; awaiting approval: Supervisor". */
  private static String roles(Set<Role> roles, Set<Role> awaiting) {
    String has = roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    if (awaiting.isEmpty()) {
      return has;
    }
    String waits = awaiting.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    return (has.isEmpty() ? "" : has + "; ") + "awaiting approval: " + waits;
  }

  /** One account as the table shows it. */
  public record Row(
      long id,
      String name,
      String username,
      String roles,
      String serviceArea,
      String status,
      String statusStyle,
      String lastSignIn) {}
}
