package org.morgue.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A committed query file: one {@link QuerySpec} a line, {@code #} comments and blank lines ignored. */
public record QuerySet(String name, List<QuerySpec> queries) {

  public QuerySet {
    queries = List.copyOf(queries);
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("query set " + name + " is empty");
    }
  }

  /** Loads {@code queries/<name>.txt} from this package's resources. */
  public static QuerySet load(String name) {
    String resource = "queries/" + name + ".txt";
    try (InputStream in = QuerySet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no query set " + resource);
      }
      return parse(
          name,
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              .lines()
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static QuerySet parse(String name, List<String> lines) {
    List<QuerySpec> queries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        queries.add(QuerySpec.parse(line, name + ".txt:" + (i + 1)));
      }
    }
    return new QuerySet(name, queries);
  }
}
