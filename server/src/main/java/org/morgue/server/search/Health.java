package org.morgue.server.search;

import java.util.Objects;

/**
 * What is being served.
 *
 * @param status {@link #OK}, or {@link #EMPTY} when the index folder has no published build yet
 * @param index the build folder being served, null when empty
 * @param builtAt ISO-8601 instant the build was committed, null when empty
 */
public record Health(String status, long stories, String index, String builtAt) {
  public static final String OK = "ok";
  public static final String EMPTY = "empty";

  public Health {
    Objects.requireNonNull(status, "status");
  }

  public static Health empty() {
    return new Health(EMPTY, 0, null, null);
  }
}
