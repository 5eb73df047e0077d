package uk.council.evidence.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

  @Test
  void everyStatusTheApiAnswersHasItsReasonPhraseAsTitle() {
    assertEquals("Unprocessable Content", ProblemDetails.title(422));
    assertEquals("Locked", ProblemDetails.title(423));
    assertEquals("Insufficient Storage", ProblemDetails.title(507));
    assertEquals("Content Too Large", ProblemDetails.title(413));
    assertEquals("Unsupported Media Type", ProblemDetails.title(415));
    assertEquals("Forbidden", ProblemDetails.title(403));
    assertEquals("Internal Server Error", ProblemDetails.title(500));
  }
}
