package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class ExhibitReferenceTest {

  @Test
  void initialsAreTheFirstLettersOfTheFirstAndLastNames() {
    assertEquals("JW", ExhibitReference.initialsOf("Jo Williams"));
    assertEquals("SP", ExhibitReference.initialsOf("Sam Anil Patel"));
    assertEquals("SO", ExhibitReference.initialsOf("Seán O'Neill"));
    assertEquals("EB", ExhibitReference.initialsOf("Ella Brooks-Smith"));
    assertEquals("MA", ExhibitReference.initialsOf("Madonna"));
  }

  @Test
  void theNextNumberFollowsTheProducersHighestInTheCase() {
    var existing =
        List.of(
            new ExhibitReference("JW", 1),
            new ExhibitReference("JW", 3),
            new ExhibitReference("SP", 7));
    assertEquals("JW/4", ExhibitReference.next("JW", existing).toString());
    assertEquals("SP/8", ExhibitReference.next("SP", existing).toString());
    assertEquals("EB/1", ExhibitReference.next("EB", existing).toString());
  }

  @Test
  void aTypedReferenceIsReadForgivingSpacesAndCase() {
    assertEquals(new ExhibitReference("JS", 12), ExhibitReference.parse(" js / 12 "));
    for (String bad :
        new String[] {"", null, "JS1", "JS/0", "J5/1", "JSMITH/1", "JS/12345", "/1"}) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> ExhibitReference.parse(bad));
      assertEquals("exhibitReference", e.field(), bad);
    }
  }

  @Test
  void aReferenceAlreadyInTheCaseIsRefusedByName() {
    var existing = List.of(new ExhibitReference("JW", 1));
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> ExhibitReference.parse("jw/1").unusedIn(existing));
    assertEquals("Exhibit JW/1 is already in this case: choose another reference.", e.getMessage());
    assertEquals(new ExhibitReference("JW", 2), ExhibitReference.parse("JW/2").unusedIn(existing));
  }
}
