package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExhibitChoiceTest {

  @Test
  void theChoicesKeptForABuildReadBackAsChosen() {
    List<ExhibitChoice> chosen =
        List.of(new ExhibitChoice(12, null), new ExhibitChoice(7, 34L), new ExhibitChoice(9, null));

    String kept = ExhibitChoice.text(chosen);

    assertEquals("12\n7:34\n9\n", kept);
    assertEquals(chosen, ExhibitChoice.parse(kept));
  }

  @Test
  void noChoiceIsKeptAsNothing() {
    assertEquals(List.of(), ExhibitChoice.parse(ExhibitChoice.text(List.of())));
  }
}
