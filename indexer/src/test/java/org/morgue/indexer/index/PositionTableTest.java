package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PositionTableTest {

  @Test
  void holdsValuesAcrossPagesInPositionOrder() {
    PositionTable<String> table = new PositionTable<>();
    table.put(9000, "c");
    table.put(0, "a");
    table.put(4096, "b");
    table.put(4096, "b2");
    assertEquals(3, table.size());
    assertEquals("a", table.get(0));
    assertEquals("b2", table.get(4096));
    assertNull(table.get(1));
    assertNull(table.get(1_000_000));
    assertEquals(List.of("a", "b2", "c"), list(table));
    assertEquals("b2", table.remove(4096));
    assertNull(table.remove(4096));
    assertNull(table.remove(50_000));
    assertEquals(2, table.size());
    assertEquals(List.of("a", "c"), list(table));
    table.clear();
    assertEquals(0, table.size());
    assertEquals(List.of(), list(table));
    assertThrows(IllegalArgumentException.class, () -> table.put(-1, "x"));
  }

  @Test
  void takesPositionsFromManyThreads() {
    PositionTable<Integer> table = new PositionTable<>();
    IntStream.range(0, 100_000).parallel().forEach(i -> table.put(i, i));
    assertEquals(100_000, table.size());
    assertEquals(IntStream.range(0, 100_000).boxed().toList(), list(table));
  }

  private static <T> List<T> list(PositionTable<T> table) {
    List<T> out = new ArrayList<>();
    table.values().forEach(out::add);
    return out;
  }
}
