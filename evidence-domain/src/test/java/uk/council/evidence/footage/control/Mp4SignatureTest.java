package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.footage.entity.InvalidMp4;

class Mp4SignatureTest {

  @TempDir Path directory;

  @Test
  void aCompleteFileGivesItsBrands() throws IOException {
    Mp4Signature signature = Mp4Signature.read(write(Mp4Bytes.minimal()));
    assertEquals("isom", signature.majorBrand());
    assertEquals(List.of("isom", "mp41"), signature.compatibleBrands());
    assertFalse(signature.fragmented());
  }

  @Test
  void boxesMayComeInAnyOrderAfterFtyp() throws IOException {
    byte[] mdatFirst =
        Mp4Bytes.file().ftyp("mp42").box("free", 0).box("mdat", 500).box("moov", 20).bytes();
    assertEquals("mp42", Mp4Signature.read(write(mdatFirst)).majorBrand());
  }

  @Test
  void aLargeSizeBoxIsFollowed() throws IOException {
    byte[] file = Mp4Bytes.file().ftyp("isom").box("moov", 30).largeBox("mdat", 5000).bytes();
    assertEquals("isom", Mp4Signature.read(write(file)).majorBrand());
  }

  @Test
  void aLastBoxOfSizeZeroRunsToTheEnd() throws IOException {
    byte[] file = Mp4Bytes.file().ftyp("isom").box("moov", 30).boxToEnd("mdat", 5000).bytes();
    assertEquals("isom", Mp4Signature.read(write(file)).majorBrand());
  }

  @Test
  void fragmentedFilesAreRecognised() throws IOException {
    byte[] file =
        Mp4Bytes.file()
            .ftyp("iso6", "iso6", "dash")
            .box("moov", 30)
            .box("moof", 20)
            .box("mdat", 100)
            .box("moof", 20)
            .box("mdat", 100)
            .bytes();
    assertTrue(Mp4Signature.read(write(file)).fragmented());
  }

  @Test
  void aRenamedTextFileIsNotAnMp4() throws IOException {
    byte[] text =
        "Incident log 14 March: officer attended, no footage.\n".getBytes(StandardCharsets.UTF_8);
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(text)));
    assertEquals(
        "Not an MP4: the file does not start with an ftyp box (its first bytes are"
            + " 'Incident log 14 ').",
        e.getMessage());
    assertEquals("file", e.field());
  }

  @Test
  void aTinyFileIsNotAnMp4() throws IOException {
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(new byte[3])));
    assertTrue(e.getMessage().contains("only 3 bytes"), e.getMessage());
  }

  @Test
  void aTruncatedFileNamesTheBoxThatRunsPastTheEnd() throws IOException {
    byte[] whole = Mp4Bytes.minimal();
    byte[] cut = Arrays.copyOf(whole, whole.length - 300);
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(cut)));
    int mdatOffset = 24 + 48;
    assertEquals(
        "Truncated MP4: box 'mdat' at offset "
            + mdatOffset
            + " claims 1008 bytes but the file ends "
            + (cut.length - mdatOffset)
            + " bytes after its start (the file is "
            + cut.length
            + " bytes).",
        e.getMessage());
  }

  @Test
  void aFileCutInsideABoxHeaderIsTruncated() throws IOException {
    byte[] file =
        Mp4Bytes.file().ftyp("isom").box("moov", 8).box("mdat", 8).raw(new byte[5]).bytes();
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(file)));
    assertTrue(e.getMessage().startsWith("Truncated MP4: 5 stray bytes at offset"), e.getMessage());
  }

  @Test
  void aLargeSizeThatRunsPastTheEndIsTruncated() throws IOException {
    byte[] whole = Mp4Bytes.file().ftyp("isom").box("moov", 8).largeBox("mdat", 4000).bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(cut)));
    assertTrue(
        e.getMessage().contains("box 'mdat' at offset 32 claims 4016 bytes"), e.getMessage());
  }

  @Test
  void aBoxSmallerThanItsHeaderIsRefused() throws IOException {
    byte[] file = Mp4Bytes.file().ftyp("isom").box("moov", 8).boxClaiming("mdat", 4, 100).bytes();
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(file)));
    assertTrue(e.getMessage().contains("claims 4 bytes, less than its own 8-byte header"));
  }

  @Test
  void garbageWhereABoxShouldStartIsRefused() throws IOException {
    byte[] file =
        Mp4Bytes.file()
            .ftyp("isom")
            .box("moov", 8)
            .box("mdat", 8)
            .raw(new byte[] {0, 0, 0, 16, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0})
            .bytes();
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(file)));
    assertTrue(e.getMessage().contains("are not a box header"), e.getMessage());
  }

  @Test
  void withoutMoovAPlayerCannotPlayIt() throws IOException {
    byte[] file = Mp4Bytes.file().ftyp("isom").box("mdat", 100).bytes();
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(file)));
    assertTrue(e.getMessage().startsWith("Incomplete MP4: it has no 'moov' box"));
  }

  @Test
  void withoutMdatThereIsNoMedia() throws IOException {
    byte[] file = Mp4Bytes.file().ftyp("isom").box("moov", 100).bytes();
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(file)));
    assertEquals("Incomplete MP4: it has no 'mdat' box, so no media data.", e.getMessage());
  }

  @Test
  void anUnprintableMajorBrandIsRefused() throws IOException {
    byte[] file = Mp4Bytes.minimal();
    file[8] = 0;
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(file)));
    assertTrue(e.getMessage().contains("major brand"), e.getMessage());
  }

  @Test
  void anAbsurdFtypSizeIsRefused() throws IOException {
    byte[] file = Mp4Bytes.minimal();
    file[0] = 0x7f;
    InvalidMp4 e = assertThrows(InvalidMp4.class, () -> Mp4Signature.read(write(file)));
    assertTrue(e.getMessage().startsWith("Not an MP4: its ftyp box claims"), e.getMessage());
  }

  private Path write(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(directory, "sample", ".mp4"), bytes);
  }
}
