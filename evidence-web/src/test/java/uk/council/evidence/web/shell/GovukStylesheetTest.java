package uk.council.evidence.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GovukStylesheetTest {

  @Test
  void fontFacesGoAndAssetsAreServedFromThePortalsOwnPath() {
    String published =
        "@font-face{font-family:GDS Transport;src:url(/assets/fonts/light.woff2) format(\"woff2\")}"
            + "body{font-family:GDS Transport,arial,sans-serif}"
            + ".crest{background-image:url(/assets/images/govuk-crest.svg)}";
    assertEquals(
        "body{font-family:GDS Transport,arial,sans-serif}"
            + ".crest{background-image:url(/evidence/webjars/govuk-frontend/5.13.0/dist/govuk/assets/images/govuk-crest.svg)}",
        GovukStylesheet.rewrite(published, "/evidence/webjars/govuk-frontend/5.13.0/dist/govuk/"));
  }
}
