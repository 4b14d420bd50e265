package org.morgue.server.saved;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The state file's schema, as numbered steps. SQLite's {@code user_version} says how many have run; each
 * step runs in its own transaction with the version bump, so a crash mid-migration leaves the previous
 * version intact. A file from a newer Morgue (a higher version than we know) is refused, not guessed at.
 */
final class Migrations {

  /** Step {@code i} takes the schema from version {@code i} to {@code i + 1}. Only ever append. */
  static final List<List<String>> STEPS = List.of(List.of(
      // Who saved what. seen_build: the build sequence the owner last saw it at.
      "CREATE TABLE saved_search (id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, name TEXT NOT NULL, "
          + "params TEXT NOT NULL, created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, seen_build INTEGER NOT NULL)",
      "CREATE INDEX saved_search_owner ON saved_search (owner, id)",
      // Every build this state has seen published, in order.
      "CREATE TABLE build (seq INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, seen_at TEXT NOT NULL)",
      // Every story id ever served, with the build it first appeared in: what a build adds is what
      // is new.
      "CREATE TABLE known_story (id TEXT PRIMARY KEY, build INTEGER NOT NULL) WITHOUT ROWID",
      // A saved search's matches among a build's new stories.
      "CREATE TABLE alert (saved_id INTEGER NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE, "
          + "story_id TEXT NOT NULL, build INTEGER NOT NULL, found_at TEXT NOT NULL, PRIMARY KEY (saved_id, story_id))",
      "CREATE INDEX alert_recent ON alert (saved_id, build)"));

  private Migrations() {}

  static void run(Connection db, String file) throws SQLException {
    int version;
    try (Statement st = db.createStatement();
        var rs = st.executeQuery("PRAGMA user_version")) {
      version = rs.getInt(1);
    }
    if (version > STEPS.size()) {
      throw new SQLException("the state file " + file + " has schema version " + version
          + ", newer than this Morgue's " + STEPS.size()
          + "; use the newer Morgue or restore a backup");
    }
    for (int step = version; step < STEPS.size(); step++) {
      db.setAutoCommit(false);
      try (Statement st = db.createStatement()) {
        for (String sql : STEPS.get(step)) {
          st.execute(sql);
        }
        st.execute("PRAGMA user_version = " + (step + 1));
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    }
  }
}
