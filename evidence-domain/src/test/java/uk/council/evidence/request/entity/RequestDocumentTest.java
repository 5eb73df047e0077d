package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class RequestDocumentTest {

  @Test
  void aDocumentIsKnownByItsFirstBytesNotItsName() {
    assertEquals(
        "application/pdf",
        RequestDocument.mediaTypeOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        "image/jpeg",
        RequestDocument.mediaTypeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    assertEquals(
        "image/png",
        RequestDocument.mediaTypeOf(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> RequestDocument.mediaTypeOf("<html>".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("file", e.field());
    assertThrows(InvalidInput.class, () -> RequestDocument.mediaTypeOf(new byte[] {'%', 'P'}));
  }

  @Test
  void aNameIsKeptOnlyAsASafeDownloadName() {
    assertEquals("letter.pdf", RequestDocument.tidyName("C:\\Users\\ann\\letter.pdf"));
    assertEquals("passport.jpg", RequestDocument.tidyName("../../etc/passport.jpg"));
    assertEquals("O_Brien _ID.png", RequestDocument.tidyName("O’Brien \"ID.png"));
    assertEquals("document", RequestDocument.tidyName(".."));
    assertEquals("document", RequestDocument.tidyName(null));
    assertEquals(100, RequestDocument.tidyName("a".repeat(300) + ".pdf").length());
  }
}
