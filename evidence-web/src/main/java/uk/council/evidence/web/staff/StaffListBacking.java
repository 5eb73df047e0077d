package uk.council.evidence.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.StaffMember;

/** The list of staff accounts. */
@Named("staffList")
@RequestScoped
public class StaffListBacking {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(CouncilTime.ZONE);

  @Inject StaffAccounts accounts;
  @Inject Clock clock;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows = accounts.all().stream().map(this::row).toList();
    }
    return rows;
  }

  private Row row(StaffMember m) {
    String status;
    String style;
    if (!m.isActive()) {
      status = "Disabled";
      style = "evidence-status--disabled";
    } else if (m.isLockedAt(clock.instant())) {
      status = "Locked until " + WHEN.format(m.getLockedUntil().get());
      style = "evidence-status--locked";
    } else {
      status = "Active";
      style = "";
    }
    return new Row(
        m.getId(),
        m.getDisplayName(),
        m.getUsername(),
        m.getRoles().stream().sorted().map(Role::title).collect(Collectors.joining(", ")),
        m.getServiceArea() == null ? "All areas" : m.getServiceArea().getName(),
        status,
        style,
        m.getLastSignInAt().map(WHEN::format).orElse("Never"));
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
