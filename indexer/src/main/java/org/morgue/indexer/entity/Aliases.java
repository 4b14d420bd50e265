package org.morgue.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A curated alias table: names that no rule can join from the text ("U.S.", "America" and "United
 * States"; "Britain" and "UK") mapped to one canonical name and type. Morgue ships one as a
 * resource; a newsroom can pass its own file at run time (see {@code morgue index --aliases}).
 *
 * <p>Format: UTF-8 text, one {@code ALIAS<TAB>CANONICAL<TAB>TYPE} a line ({@code person}, {@code
 * org} or {@code place}); blank lines and lines starting with {@code #} are ignored. Aliases match
 * entity keys, so case, accents, dots and hyphens do not matter. The table's type wins over the
 * tagger's: an editor listed the name because the tagger and the text disagree about it.
 */
public final class Aliases {

  /** Classpath location of the bundled table. */
  public static final String RESOURCE = "org/morgue/indexer/entity/aliases.tsv";

  /** What an alias resolves to. */
  private record Target(EntityType type, String key, String display) {}

  private final Map<String, Target> byKey;
  private final String origin;

  private Aliases(Map<String, Target> byKey, String origin) {
    this.byKey = Map.copyOf(byKey);
    this.origin = origin;
  }

  /** A table that maps nothing. */
  public static Aliases none() {
    return new Aliases(Map.of(), "none");
  }

  /** The table shipped with Morgue. */
  public static Aliases bundled() {
    InputStream in = Aliases.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new AliasTableException("alias table not on the classpath: " + RESOURCE, null);
    }
    return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + RESOURCE);
  }

  /** Reads a table from a file. */
  public static Aliases load(Path file) {
    try {
      return parse(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new AliasTableException("cannot read alias table " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a table; the reader is closed here.
   *
   * @param origin where the text came from, for messages
   * @throws AliasTableException naming {@code origin:line} for a malformed line or an alias given
   *     two different canonical names
   */
  public static Aliases parse(Reader text, String origin) {
    Map<String, Target> byKey = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(text)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String where = origin + ":" + number;
        String[] cols = line.split("\t", -1);
        if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new AliasTableException(where + ": expected ALIAS<TAB>CANONICAL<TAB>TYPE, got '" + line + "'", null);
        }
        EntityType type = type(cols[2].strip(), where);
        String display = cols[1].strip();
        Target target = new Target(type, Canonicalizer.key(type, display), display);
        if (target.key().isEmpty()) {
          throw new AliasTableException(where + ": canonical name '" + display + "' has no letters or digits", null);
        }
        put(byKey, target.key(), target, where);
        String alias = Canonicalizer.key(type, cols[0].strip());
        if (alias.isEmpty()) {
          throw new AliasTableException(where + ": alias '" + cols[0].strip() + "' has no letters or digits", null);
        }
        put(byKey, alias, target, where);
      }
    } catch (IOException e) {
      throw new AliasTableException("cannot read alias table " + origin + ": " + e.getMessage(), e);
    }
    return new Aliases(byKey, origin);
  }

  private static void put(Map<String, Target> byKey, String key, Target target, String where) {
    Target before = byKey.putIfAbsent(key, target);
    if (before != null && !before.equals(target)) {
      throw new AliasTableException(where + ": '" + key + "' already stands for " + before.display()
          + " (" + before.type().facetName() + ")", null);
    }
  }

  private static EntityType type(String name, String where) {
    for (EntityType t : EntityType.values()) {
      if (t.facetName().equals(name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new AliasTableException(where + ": type must be person, org or place, not '" + name + "'", null);
  }

  /** Number of keys the table maps (aliases and canonical names). */
  public int size() {
    return byKey.size();
  }

  /** True when the table maps this key (an alias or a canonical name). */
  public boolean lists(String key) {
    return byKey.containsKey(key);
  }

  /** Where the table came from, for the log. */
  public String origin() {
    return origin;
  }

  /**
   * Rewrites one story's entities through the table; entities that land on the same canonical name
   * merge, their mentions combined.
   *
   * @return the entities ordered by type, then first mention, as extractors return them
   */
  public List<Entity> apply(List<Entity> entities) {
    if (entities.stream().noneMatch(e -> byKey.containsKey(e.key()))) {
      return entities;
    }
    List<Entity> mapped = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      Target t = byKey.get(e.key());
      mapped.add(t == null ? e : e.renamed(t.type(), t.key(), t.display()));
    }
    return EntityMerge.merge(mapped);
  }

  /** The extractor with this table applied to every story it extracts. */
  public EntityExtractor applyTo(EntityExtractor extractor) {
    return byKey.isEmpty() ? extractor : (title, body) -> apply(extractor.extract(title, body));
  }
}
