package uk.council.evidence.web.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  static ByteRange part(String header, long size) {
    return assertInstanceOf(ByteRange.Part.class, ByteRange.answer(header, size)).range();
  }

  @Test
  void noHeaderIsTheWholeFile() {
    assertInstanceOf(ByteRange.Whole.class, ByteRange.answer(null, 100));
  }

  @Test
  void anOpenRangeRunsToTheEnd() {
    assertEquals(new ByteRange(0, 99), part("bytes=0-", 100));
    assertEquals(new ByteRange(40, 99), part("bytes=40-", 100));
  }

  @Test
  void aClosedRangeIsCutAtTheEndOfTheFile() {
    assertEquals(new ByteRange(10, 19), part("bytes=10-19", 100));
    assertEquals(new ByteRange(90, 99), part("bytes=90-500", 100));
    assertEquals("bytes 90-99/100", part("bytes=90-500", 100).contentRange(100));
    assertEquals(10, part("bytes=90-500", 100).length());
  }

  @Test
  void aSuffixRangeIsTheLastBytes() {
    assertEquals(new ByteRange(80, 99), part("bytes=-20", 100));
    assertEquals(new ByteRange(0, 99), part("bytes=-500", 100));
  }

  @Test
  void rangesOutsideTheFileAreUnsatisfiable() {
    assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.answer("bytes=100-", 100));
    assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.answer("bytes=-0", 100));
    assertInstanceOf(
        ByteRange.Unsatisfiable.class, ByteRange.answer("bytes=99999999999999999999-", 100));
  }

  @Test
  void severalRangesOrOtherUnitsGetTheWholeFile() {
    assertInstanceOf(ByteRange.Whole.class, ByteRange.answer("bytes=0-10,20-30", 100));
    assertInstanceOf(ByteRange.Whole.class, ByteRange.answer("items=0-10", 100));
    assertInstanceOf(ByteRange.Whole.class, ByteRange.answer("bytes=-", 100));
    assertInstanceOf(ByteRange.Whole.class, ByteRange.answer("bytes=20-10", 100), "invalid");
  }
}
