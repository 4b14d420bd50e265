package org.morgue.server.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a request proved to be: an access-file user, or an API token.
 *
 * <p>Tokens are read-only: they search and read the archive, and a token given {@code user=NAME} in the
 * access file also reads that user's saved searches and Atom feeds (what a feed reader or a script
 * needs), but no token creates, changes or deletes a saved search, so a leaked token cannot rewrite what
 * a reporter follows.
 *
 * @param name the user or token name, as the request log shows it
 * @param token whether the credential was an API token
 * @param savedSearchesOf whose saved searches the caller reads: a user's own; the user a token is
 *     given to; empty for a token given to nobody
 */
public record Caller(String name, boolean token, Optional<String> savedSearchesOf) {

  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(savedSearchesOf, "savedSearchesOf");
  }

  static Caller user(String name) {
    return new Caller(name, false, Optional.of(name));
  }

  static Caller token(String name, Optional<String> user) {
    return new Caller(name, true, user);
  }

  /** Whether the caller may create, change and delete saved searches: users only. */
  public boolean writesSavedSearches() {
    return !token;
  }
}
