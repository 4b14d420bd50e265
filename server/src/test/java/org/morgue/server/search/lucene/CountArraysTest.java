package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountArraysTest {

  @Test
  void aReturnedArrayComesBackZeroed() {
    CountArrays arrays = new CountArrays(4);
    int[] counts = arrays.take();
    counts[0] = 7;
    counts[3] = 2;
    arrays.give(counts);
    int[] again = arrays.take();
    assertSame(counts, again);
    assertArrayEquals(new int[4], again);
  }

  @Test
  void arraysInUseAreNeverHandedOutTwice() {
    CountArrays arrays = new CountArrays(3);
    int[] a = arrays.take();
    int[] b = arrays.take();
    assertNotSame(a, b);
  }

  @Test
  void atMostKeptArraysWaitBetweenRequests() {
    CountArrays arrays = new CountArrays(2);
    List<int[]> taken = new ArrayList<>();
    for (int i = 0; i < CountArrays.KEPT + 3; i++) {
      taken.add(arrays.take());
    }
    taken.forEach(arrays::give);
    int reused = 0;
    for (int i = 0; i < CountArrays.KEPT + 3; i++) {
      int[] next = arrays.take();
      reused += taken.stream().anyMatch(t -> t == next) ? 1 : 0;
    }
    assertEquals(CountArrays.KEPT, reused);
  }

  @Test
  void anArrayOfAnotherReaderIsRefused() {
    CountArrays arrays = new CountArrays(5);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> arrays.give(new int[4]));
    assertEquals("array of 4 counts returned to a pool of 5", e.getMessage());
  }
}
