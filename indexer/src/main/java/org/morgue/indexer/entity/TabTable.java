package org.morgue.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

/**
 * The committed tables' one format: UTF-8 lines of tab-separated columns, blank lines and lines
 * starting with {@code #} ignored. Read here once so every table reports a malformed line alike.
 */
public final class TabTable {

  private TabTable() {}

  /**
   * Calls {@code row} with each data line's columns and its {@code origin:line} location.
   *
   * @param text the table; closed here
   * @param columns the number of columns every line must have
   * @param format the expected shape, for the message ("TYPE<TAB>VALUE<TAB>VERDICT")
   * @throws IllegalArgumentException naming origin, line and format for a line of another width
   */
  public static void read(
      Reader text, String origin, int columns, String format, BiConsumer<String[], String> row) {
    try (BufferedReader lines = new BufferedReader(text)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String where = origin + ":" + number;
        if (cols.length != columns) {
          throw new IllegalArgumentException(
              where + ": expected " + format + ", got '" + line + "'");
        }
        row.accept(cols, where);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin, e);
    }
  }
}
