package org.morgue.server.saved;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved searches, the builds they were checked against and their alerts, in one SQLite file. Every
 * write is one transaction; the file runs in WAL mode with {@code synchronous=FULL}, so a write that
 * returned is on disk and a killed server loses nothing it acknowledged. One server at a time: opening
 * takes an exclusive lock on {@code FILE.lock} (the OS drops it when the process dies, so a crash never
 * leaves it stuck), and a second server on the same file is refused at start-up.
 *
 * <p>One JDBC connection, used under this object's lock: saved-search writes are rare and tiny, and a
 * single writer is what SQLite serialises to anyway.
 */
public final class SavedSearchStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SavedSearchStore.class);
  /** Beside {@code builds/} in the index folder: {@code DIR/state/morgue.db}. */
  public static final String FOLDER = "state";

  public static final String FILE = "morgue.db";
  private static final String COLUMNS = "id, owner, name, params, created_at, last_seen_at, "
      + "(SELECT count(*) FROM alert a WHERE a.saved_id = s.id AND a.build > s.seen_build)";

  private final Path file;
  private final Connection db;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Clock clock;

  private SavedSearchStore(
      Path file, Connection db, FileChannel lockChannel, FileLock lock, Clock clock) {
    this.file = file;
    this.db = db;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.clock = clock;
  }

  /** The state file of an index folder. */
  public static Path fileOf(Path indexRoot) {
    return indexRoot.toAbsolutePath().normalize().resolve(FOLDER).resolve(FILE);
  }

  /**
   * Opens (creating if needed) and migrates the state file.
   *
   * @throws StateLockedException when another server holds it
   */
  public static SavedSearchStore open(Path file, Clock clock) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    FileChannel channel = FileChannel.open(
        file.resolveSibling(file.getFileName() + ".lock"),
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new StateLockedException(file);
    }
    try {
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA journal_mode = WAL");
        st.execute("PRAGMA synchronous = FULL");
        st.execute("PRAGMA foreign_keys = ON");
        st.execute("PRAGMA busy_timeout = 5000");
      }
      Migrations.run(db, file.toString());
      LOG.info("saved searches in {}", file);
      return new SavedSearchStore(file, db, channel, lock, clock);
    } catch (SQLException e) {
      lock.release();
      channel.close();
      throw new IOException("cannot open the state file " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  private String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Saves a new search, seen as of the latest build. */
  public synchronized SavedSearch create(String owner, String name, String params) {
    String now = now();
    long id = write(() -> {
      try (PreparedStatement st = db.prepareStatement(
          "INSERT INTO saved_search (owner, name, params, created_at, "
              + "last_seen_at, seen_build) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM build))",
          Statement.RETURN_GENERATED_KEYS)) {
        st.setString(1, owner);
        st.setString(2, name);
        st.setString(3, params);
        st.setString(4, now);
        st.setString(5, now);
        st.executeUpdate();
        try (ResultSet keys = st.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
    return get(owner, id).orElseThrow();
  }

  /** The owner's searches, oldest first. */
  public synchronized List<SavedSearch> list(String owner) {
    return query("SELECT " + COLUMNS + " FROM saved_search s WHERE owner = ? ORDER BY id", owner);
  }

  /** The search, when it exists and belongs to the owner. */
  public synchronized Optional<SavedSearch> get(String owner, long id) {
    return query("SELECT " + COLUMNS + " FROM saved_search s WHERE owner = ? AND id = ?", owner, id)
        .stream()
        .findFirst();
  }

  /** Every user's searches with the build each was last seen at, for the alert run. */
  synchronized List<Checked> all() {
    return read(() -> {
      List<Checked> out = new ArrayList<>();
      try (PreparedStatement st =
              db.prepareStatement("SELECT id, params, seen_build FROM saved_search ORDER BY id");
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new Checked(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        }
      }
      return out;
    });
  }

  /** A saved search as the alert run sees it. */
  record Checked(long id, String params, long seenBuild) {}

  /**
   * Changes name and/or parameters, and with {@code seen} marks every alert so far as seen.
   *
   * @return the updated search; empty when the owner has no such search
   */
  public synchronized Optional<SavedSearch> update(
      String owner, long id, Optional<String> name, Optional<String> params, boolean seen) {
    String now = now();
    int changed = write(() -> {
      try (PreparedStatement st =
          db.prepareStatement("UPDATE saved_search SET name = coalesce(?, name), "
              + "params = coalesce(?, params), last_seen_at = CASE WHEN ? THEN ? ELSE last_seen_at END, "
              + "seen_build = CASE WHEN ? THEN (SELECT coalesce(max(seq), 0) FROM build) ELSE seen_build END "
              + "WHERE owner = ? AND id = ?")) {
        st.setString(1, name.orElse(null));
        st.setString(2, params.orElse(null));
        st.setBoolean(3, seen);
        st.setString(4, now);
        st.setBoolean(5, seen);
        st.setString(6, owner);
        st.setLong(7, id);
        return st.executeUpdate();
      }
    });
    return changed == 0 ? Optional.empty() : get(owner, id);
  }

  /** @return false when the owner has no such search */
  public synchronized boolean delete(String owner, long id) {
    return write(() -> {
      try (PreparedStatement st =
          db.prepareStatement("DELETE FROM saved_search WHERE owner = ? AND id = ?")) {
        st.setString(1, owner);
        st.setLong(2, id);
        return st.executeUpdate() > 0;
      }
    });
  }

  /** The path of the last build recorded; empty before the first. */
  synchronized Optional<String> lastBuild() {
    return read(() -> {
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT path FROM build ORDER BY seq DESC LIMIT 1")) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    });
  }

  /** A newly recorded build: its sequence number and the story ids no earlier build had. */
  record NewBuild(long seq, List<String> newIds) {}

  /**
   * Records a published build and every story id it serves, in one transaction: ids seen before keep
   * their first build, so a rebuild of the same stories adds nothing new.
   *
   * @param ids hands every id of the build to the consumer it is given
   */
  synchronized NewBuild recordBuild(String path, Consumer<Consumer<String>> ids) {
    String now = now();
    return write(() -> {
      long seq;
      try (PreparedStatement st = db.prepareStatement(
          "INSERT INTO build (path, seen_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        st.setString(1, path);
        st.setString(2, now);
        st.executeUpdate();
        try (ResultSet keys = st.getGeneratedKeys()) {
          keys.next();
          seq = keys.getLong(1);
        }
      }
      try (PreparedStatement st =
          db.prepareStatement("INSERT OR IGNORE INTO known_story (id, build) VALUES (?, ?)")) {
        SQLException[] failed = new SQLException[1];
        ids.accept(id -> {
          try {
            st.setString(1, id);
            st.setLong(2, seq);
            st.addBatch();
          } catch (SQLException e) {
            failed[0] = e;
          }
        });
        if (failed[0] != null) {
          throw failed[0];
        }
        st.executeBatch();
      }
      List<String> fresh = new ArrayList<>();
      try (PreparedStatement st =
          db.prepareStatement("SELECT id FROM known_story WHERE build = ? ORDER BY id")) {
        st.setLong(1, seq);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            fresh.add(rs.getString(1));
          }
        }
      }
      return new NewBuild(seq, fresh);
    });
  }

  /** Records a search's matches among a build's new stories (in one transaction). */
  synchronized void addAlerts(long savedId, long build, List<String> storyIds) {
    String now = now();
    write(() -> {
      try (PreparedStatement st = db.prepareStatement(
          "INSERT OR IGNORE INTO alert (saved_id, story_id, build, found_at) SELECT id, ?, ?, ? FROM saved_search WHERE id = ?")) {
        for (String story : storyIds) {
          st.setString(1, story);
          st.setLong(2, build);
          st.setString(3, now);
          st.setLong(4, savedId);
          st.addBatch();
        }
        st.executeBatch();
      }
      return null;
    });
  }

  /** A story an alert found, and when. */
  public record Alert(String storyId, String foundAt) {}

  /** The search's most recent alerts, newest first (ties by story id). */
  public synchronized List<Alert> alerts(long savedId, int limit) {
    return read(() -> {
      List<Alert> out = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(
          "SELECT story_id, found_at FROM alert WHERE saved_id = ? ORDER BY build DESC, story_id LIMIT ?")) {
        st.setLong(1, savedId);
        st.setInt(2, limit);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.add(new Alert(rs.getString(1), rs.getString(2)));
          }
        }
      }
      return out;
    });
  }

  private List<SavedSearch> query(String sql, Object... args) {
    return read(() -> {
      List<SavedSearch> out = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          st.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.add(new SavedSearch(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7)));
          }
        }
      }
      return out;
    });
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T read(Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new StateFileException(file, e);
    }
  }

  /** One transaction: all of it is committed, or none. */
  private <T> T write(Work<T> work) {
    try {
      db.setAutoCommit(false);
      try {
        T result = work.run();
        db.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StateFileException(file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      LOG.warn("closing the state file {}: {}", file, e.toString());
    }
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.warn("releasing the lock of {}: {}", file, e.toString());
    }
  }
}
