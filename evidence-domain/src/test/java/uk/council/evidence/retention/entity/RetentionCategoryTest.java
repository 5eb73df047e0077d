package uk.council.evidence.retention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class RetentionCategoryTest {

  final RetentionCategory general = category("General", 31);

  @Test
  void aNewPeriodIsWholeDaysBetweenOneAndTenYears() {
    assertEquals(45, general.checkNewPeriod(" 45 "));
    assertEquals(1, general.checkNewPeriod("1"));
    assertEquals(3650, general.checkNewPeriod("3650"));
    for (String typed : new String[] {"", null, "thirty", "4.5", "0", "-3", "3651"}) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> general.checkNewPeriod(typed));
      assertEquals("periodDays", e.field(), typed);
    }
  }

  @Test
  void theSamePeriodAgainIsNotAChange() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> general.checkNewPeriod("31"));
    assertEquals(
        "General footage is already kept 31 days: enter a different period.", e.getMessage());
  }

  @Test
  void aChangeNamesWhoMadeItAndWhen() {
    Instant at = Instant.parse("2026-11-26T10:00:00Z");
    general.changePeriod(45, "admin", at);
    assertEquals(45, general.getPeriodDays());
    assertEquals("admin", general.getChangedBy().orElseThrow());
    assertEquals(at, general.getChangedAt().orElseThrow());
  }

  @Test
  void theCategorysRuleKeepsTheCouncilsReviewWindowAndZone() {
    var council =
        new RetentionRule(Period.ofDays(31), Period.ofDays(3), RetentionRule.DEFAULT.zone());
    RetentionRule rule = category("Complaint", 90).rule(council);
    assertEquals(Period.ofDays(90), rule.period());
    assertEquals(Period.ofDays(3), rule.reviewWindow());
    assertEquals(council.zone(), rule.zone());
  }

  /** A category as the database holds it: it is only ever read, never made by the application. */
  static RetentionCategory category(String name, int days) {
    try {
      var constructor = RetentionCategory.class.getDeclaredConstructor();
      RetentionCategory c = constructor.newInstance();
      set(c, "name", name);
      set(c, "periodDays", days);
      return c;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = RetentionCategory.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
