package org.morgue.server.saved;

import java.util.Objects;

/**
 * One user's saved search.
 *
 * @param params the page URL's query string ({@code q=embassy&f.place=baghdad}), without page, story or cursor
 * @param createdAt ISO-8601 instant
 * @param lastSeenAt when its owner last marked it seen (creation counts as seeing it)
 * @param newStories stories added by builds published since then that match it
 */
public record SavedSearch(
    long id,
    String owner,
    String name,
    String params,
    String createdAt,
    String lastSeenAt,
    long newStories) {

  /** Longest name, in characters. */
  public static final int MAX_NAME = 200;
  /** Longest parameter string, in characters: a long query plus filters. */
  public static final int MAX_PARAMS = 4_000;

  public SavedSearch {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
  }
}
