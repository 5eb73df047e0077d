package uk.council.evidence.web.registers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.accreditation.boundary.Arrangements;
import uk.council.evidence.accreditation.boundary.Registers;
import uk.council.evidence.accreditation.entity.DueItem;
import uk.council.evidence.accreditation.entity.Register;
import uk.council.evidence.platform.entity.CouncilTime;

/** The registers' index: each register with what it holds and how many entries, and what is due. */
@Named("registersHome")
@RequestScoped
public class RegistersHomeBacking {

  /** How far ahead a review or an agreement's end counts as coming up. */
  public static final int MONTHS_AHEAD = 2;

  @Inject Registers registers;
  @Inject Arrangements arrangements;
  @Inject Clock clock;

  private List<DueItem> due;

  /** One register's line. */
  public record Line(Register register, String holds, int entries) {}

  public List<Line> getRegisters() {
    return List.of(
        new Line(
            Register.DOCUMENTS,
            "The DPIA, policies, procedures and the privacy notice: versions, approval, review",
            registers.documents().size()),
        new Line(
            Register.PURPOSES,
            "Why each service area wears cameras, and the need it meets",
            arrangements.purposes().size()),
        new Line(
            Register.AGREEMENTS,
            "With whom footage is shared as a matter of routine, and for how long",
            arrangements.agreements().size()),
        new Line(
            Register.NOTICE_REVIEWS,
            "Reviews of signs, camera badges, the privacy notice and what wearers say",
            arrangements.noticeReviews().size()),
        new Line(
            Register.TRAINING,
            "Who completed which course, and until when it counts",
            registers.training().size()));
  }

  /** What is due in the next two months, the soonest first. */
  public List<DueItem> getDue() {
    if (due == null) {
      due =
          arrangements.dueBefore(
              LocalDate.now(clock.withZone(CouncilTime.ZONE)).plusMonths(MONTHS_AHEAD));
    }
    return due;
  }

  public int getMonthsAhead() {
    return MONTHS_AHEAD;
  }
}
