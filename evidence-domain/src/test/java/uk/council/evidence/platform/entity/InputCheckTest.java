package uk.council.evidence.platform.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.staff.entity.StaffMember;

class InputCheckTest {

  @Test
  void everyProblemIsReportedTogetherInTheOrderFound() {
    var check = new InputCheck();
    String username = check.value(() -> StaffMember.normaliseUsername("Not Valid!"));
    check.run(() -> StaffMember.checkEmail("nope"));
    check.run(() -> StaffMember.checkRoles(Set.of()));
    check.run(() -> StaffMember.checkName("Fine Name"));
    assertNull(username);
    InvalidInput e = assertThrows(InvalidInput.class, check::orThrow);
    assertEquals(
        List.of("username", "email", "roles"),
        e.problems().stream().map(InvalidInput.Problem::field).toList());
    assertEquals("username", e.field());
  }

  @Test
  void nothingIsThrownWhenEveryCheckPasses() {
    var check = new InputCheck();
    assertEquals("j.smith", check.value(() -> StaffMember.normaliseUsername(" J.Smith ")));
    assertDoesNotThrow(check::orThrow);
  }

  @Test
  void otherExceptionsAreNotSwallowed() {
    var check = new InputCheck();
    assertThrows(
        IllegalStateException.class,
        () ->
            check.run(
                () -> {
                  throw new IllegalStateException("a bug, not bad input");
                }));
  }
}
