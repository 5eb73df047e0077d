package uk.council.evidence.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.StaffMember;

/** The figures on the administrator's home page. */
@Named("adminHome")
@RequestScoped
public class AdminHomeBacking {

  @Inject StaffAccounts accounts;
  @Inject Clock clock;

  public String getSummary() {
    List<StaffMember> all = accounts.all();
    long active = all.stream().filter(StaffMember::isActive).count();
    long locked = all.stream().filter(m -> m.isLockedAt(clock.instant())).count();
    return String.format(
        "There %s %d staff account%s (%d active); %d %s locked now.",
        all.size() == 1 ? "is" : "are",
        all.size(),
        all.size() == 1 ? "" : "s",
        active,
        locked,
        locked == 1 ? "is" : "are");
  }
}
