/**
 * Saved searches and their alerts, kept in an SQLite state file beside the index folder's builds
 * ({@code DIR/state/morgue.db}, never inside a build, so every rebuild, update and crash leaves it alone):
 * the store with its schema migrations, the watcher that runs every saved search against the stories a
 * newly published build adds, and the Atom feed of a search's new stories. Nothing here knows HTTP or
 * Lucene: searches run through the backend-neutral investigation API.
 */
package org.morgue.server.saved;
