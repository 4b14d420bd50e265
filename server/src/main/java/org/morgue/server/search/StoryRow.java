package org.morgue.server.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One story as an export row: the fields a newsroom tool or spreadsheet needs, no body.
 *
 * @param published ISO date at its precision, null when undated
 * @param entities {@code person}, {@code org}, {@code place} → display labels, in that order
 * @param snippet plain text (no markup): the passages matching the query joined by a space, or the
 *     opening of the body when the query is empty or matched elsewhere; empty for an empty body
 */
public record StoryRow(
    String id,
    String title,
    String published,
    String source,
    String byline,
    String url,
    Map<String, List<String>> entities,
    String snippet) {

  /**
   * The columns of a tabular export, in order: the row's scalar fields under their JSON names, one
   * column per entity facet (its labels joined), then the snippet.
   */
  public static final List<String> COLUMNS = columns();

  public StoryRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(snippet, "snippet");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    entities.forEach((type, labels) -> copy.put(type, List.copyOf(labels)));
    entities = Collections.unmodifiableMap(copy);
  }

  /**
   * The row's cells in {@link #COLUMNS} order, nulls as empty text and each entity facet's labels joined
   * by the separator.
   */
  public List<String> cells(String labelSeparator) {
    List<String> cells =
        new ArrayList<>(List.of(id, nz(title), nz(published), nz(source), nz(byline), nz(url)));
    Facet.ENTITY_NAMES.forEach(
        type -> cells.add(String.join(labelSeparator, entities.getOrDefault(type, List.of()))));
    cells.add(snippet);
    return cells;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static List<String> columns() {
    List<String> columns =
        new ArrayList<>(List.of("id", "title", "published", "source", "byline", "url"));
    columns.addAll(Facet.ENTITY_NAMES);
    columns.add("snippet");
    return List.copyOf(columns);
  }

  /** Receives export rows one at a time, so nobody holds the whole result set. */
  @FunctionalInterface
  public interface Sink {
    /** @throws java.io.IOException when the receiver cannot take more (a client hung up) */
    void accept(StoryRow row) throws java.io.IOException;

    /**
     * Called once before the first row (even when none follow) with the size of the result set, so the
     * receiver can say up front whether the cap cuts it.
     *
     * @param total stories matching the request
     * @param cap most rows that will be written
     */
    default void begin(long total, long cap) throws java.io.IOException {}

    /**
     * Called last, instead of a normal end, when the export's time limit stopped it: the rows so far are
     * the first ones in the requested order, and the receiver must say that more matched.
     *
     * @param written rows written before the limit
     * @param limit the time limit that passed
     */
    default void partial(long written, java.time.Duration limit) throws java.io.IOException {}
  }
}
