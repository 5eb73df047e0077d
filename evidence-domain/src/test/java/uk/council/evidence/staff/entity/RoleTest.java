package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void everyRoleHasItsNameAsAConstantAndTheDockIsTheOnlyOther() throws IllegalAccessException {
    List<String> names = new java.util.ArrayList<>();
    for (Field f : Role.Name.class.getDeclaredFields()) {
      assertEquals(f.getName(), f.get(null), "a constant's value is its own name");
      names.add(f.getName());
    }
    List<String> roles =
        new java.util.ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
    roles.add("DOCK");
    assertEquals(roles.stream().sorted().toList(), names.stream().sorted().toList());
  }
}
