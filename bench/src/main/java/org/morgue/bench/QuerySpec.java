package org.morgue.bench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.morgue.indexer.index.Schema;

/**
 * One benchmark query: the text query in Morgue's syntax (Lucene classic: terms, AND, OR, quoted
 * phrases), an optional day range and facet filters. Every system runs it the same way: top 10 with
 * 3 body snippets and the title highlighted, the top 50 values of every facet (drill-sideways for a
 * filtered dimension) and a month histogram of the matches.
 *
 * <p>Text form, one per line: {@code q | from=1987-03-01 to=1987-03-31 f.tag=topic:earn}.
 */
public record QuerySpec(
    String q, Optional<LocalDate> from, Optional<LocalDate> to, Map<String, List<String>> filters) {

  public QuerySpec {
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException(
          "a benchmark query needs text: highlighting is part of what is measured");
    }
    q = q.strip();
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((dim, values) -> {
      if (!Schema.FACETS.contains(dim)) {
        throw new IllegalArgumentException(
            "unknown facet '" + dim + "'; facets are " + Schema.FACETS);
      }
      copy.put(dim, List.copyOf(values));
    });
    filters = java.util.Collections.unmodifiableMap(copy);
  }

  /** Parses one line of a query file; {@code where} names it in errors ({@code file:line}). */
  public static QuerySpec parse(String line, String where) {
    int bar = line.lastIndexOf(" | ");
    String q = bar < 0 ? line : line.substring(0, bar);
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (bar >= 0) {
      for (String option : line.substring(bar + 3).strip().split("\\s+")) {
        int eq = option.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(where + ": option '" + option + "' is not name=value");
        }
        String name = option.substring(0, eq);
        String value = option.substring(eq + 1);
        switch (name) {
          case "from" -> from = Optional.of(day(value, where));
          case "to" -> to = Optional.of(day(value, where));
          default -> {
            if (!name.startsWith("f.")) {
              throw new IllegalArgumentException(
                  where + ": unknown option '" + name + "' (from, to, f.<facet>)");
            }
            filters
                .computeIfAbsent(name.substring(2), k -> new ArrayList<>())
                .add(value.replace('+', ' '));
          }
        }
      }
    }
    try {
      return new QuerySpec(q, from, to, filters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate day(String value, String where) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": '" + value + "' is not a yyyy-mm-dd day", e);
    }
  }
}
