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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A curated alias table: names that no rule can join from the text ("U.S.", "America" and "United
 * States"; "Britain" and "UK") mapped to one canonical name and type. Morgue ships one as a
 * resource; a newsroom can pass its own file at run time (see {@code morgue index --aliases}).
 *
 * <p>Format: UTF-8 text, one {@code ALIAS<TAB>CANONICAL<TAB>TYPE} a line ({@code person}, {@code
 * org} or {@code place}); blank lines and lines starting with {@code #} are ignored. Aliases match
 * entity keys, so case, accents, dots and hyphens do not matter. The table's type wins over the
 * tagger's: an editor listed the name because the tagger and the text disagree about it.
 *
 * <p>The same file is the newsroom's corrections file; a line may also start with a verb:
 * <ul>
 *   <li>{@code merge<TAB>NAME<TAB>INTO<TAB>TYPE} and {@code rename<TAB>NAME<TAB>NEW<TAB>TYPE}: the
 *       value NAME is INTO (or NEW), of TYPE, in every story: an alias line said in words;
 *   <li>{@code retype<TAB>NAME<TAB>TYPE}: NAME keeps its name and takes TYPE;
 *   <li>{@code hide<TAB>NAME} or {@code hide<TAB>NAME<TAB>TYPE}: NAME (of any type, or of TYPE only)
 *       is no facet value at all.
 * </ul>
 * Corrections apply to the extracted entities, after the tagger and the extraction cache, so a
 * rebuild or an update with an edited file applies them without tagging anything again.
 */
public final class Aliases {

  /** Classpath location of the bundled table. */
  public static final String RESOURCE = "org/morgue/indexer/entity/aliases.tsv";

  /** What an alias resolves to. */
  private record Target(EntityType type, String key, String display) {}

  private final Map<String, Target> byKey;
  // "type\u0000key" of every hidden value.
  private final Set<String> hidden;
  private final String origin;

  private Aliases(Map<String, Target> byKey, Set<String> hidden, String origin) {
    this.byKey = Map.copyOf(byKey);
    this.hidden = Set.copyOf(hidden);
    this.origin = origin;
  }

  /** A table that maps nothing. */
  public static Aliases none() {
    return new Aliases(Map.of(), Set.of(), "none");
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
    Set<String> hidden = new HashSet<>();
    try (BufferedReader lines = new BufferedReader(text)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String where = origin + ":" + number;
        String[] cols = correction(line.split("\t", -1), hidden, where);
        if (cols == null) {
          continue;
        }
        if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new AliasTableException(
              where + ": expected ALIAS<TAB>CANONICAL<TAB>TYPE, got '" + line + "'", null);
        }
        EntityType type = type(cols[2].strip(), where);
        String display = cols[1].strip();
        Target target = new Target(type, Canonicalizer.key(type, display), display);
        if (target.key().isEmpty()) {
          throw new AliasTableException(
              where + ": canonical name '" + display + "' has no letters or digits", null);
        }
        put(byKey, target.key(), target, where);
        String alias = Canonicalizer.key(type, cols[0].strip());
        if (alias.isEmpty()) {
          throw new AliasTableException(
              where + ": alias '" + cols[0].strip() + "' has no letters or digits", null);
        }
        put(byKey, alias, target, where);
      }
    } catch (IOException e) {
      throw new AliasTableException("cannot read alias table " + origin + ": " + e.getMessage(), e);
    }
    return new Aliases(byKey, hidden, origin);
  }

  /**
   * A verb line's columns as an alias line ({@code ALIAS, CANONICAL, TYPE}); null for a hide line,
   * whose value goes to {@code hidden}; other lines as they are.
   */
  private static String[] correction(String[] cols, Set<String> hidden, String where) {
    String verb = cols[0].strip();
    switch (verb) {
      case "merge", "rename" -> {
        if (cols.length != 4) {
          throw new AliasTableException(
              where + ": expected " + verb + "<TAB>NAME<TAB>"
                  + (verb.equals("merge") ? "INTO" : "NEW") + "<TAB>TYPE",
              null);
        }
        return new String[] {cols[1], cols[2], cols[3]};
      }
      case "retype" -> {
        if (cols.length != 3) {
          throw new AliasTableException(where + ": expected retype<TAB>NAME<TAB>TYPE", null);
        }
        return new String[] {cols[1], cols[1], cols[2]};
      }
      case "hide" -> {
        if (cols.length < 2 || cols.length > 3 || cols[1].isBlank()) {
          throw new AliasTableException(
              where + ": expected hide<TAB>NAME or hide<TAB>NAME<TAB>TYPE", null);
        }
        List<EntityType> types =
            cols.length == 3 ? List.of(type(cols[2].strip(), where)) : List.of(EntityType.values());
        for (EntityType type : types) {
          String key = Canonicalizer.key(type, cols[1].strip());
          if (key.isEmpty()) {
            throw new AliasTableException(
                where + ": name '" + cols[1].strip() + "' has no letters or digits", null);
          }
          hidden.add(type + "\u0000" + key);
        }
        return null;
      }
      default -> {
        return cols;
      }
    }
  }

  private static void put(Map<String, Target> byKey, String key, Target target, String where) {
    Target before = byKey.putIfAbsent(key, target);
    if (before != null && !before.equals(target)) {
      throw new AliasTableException(
          where + ": '" + key + "' already stands for " + before.display() + " ("
              + before.type().facetName() + ")",
          null);
    }
  }

  private static EntityType type(String name, String where) {
    for (EntityType t : EntityType.values()) {
      if (t.facetName().equals(name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new AliasTableException(
        where + ": type must be person, org or place, not '" + name + "'", null);
  }

  /** Number of keys the table maps (aliases and canonical names). */
  public int size() {
    return byKey.size() + hidden.size();
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
    if (hidden.isEmpty() && entities.stream().noneMatch(e -> byKey.containsKey(e.key()))) {
      return entities;
    }
    List<Entity> mapped = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      Target t = byKey.get(e.key());
      Entity out = t == null ? e : e.renamed(t.type(), t.key(), t.display());
      if (!hidden.contains(out.type() + "\u0000" + out.key())) {
        mapped.add(out);
      }
    }
    return EntityMerge.merge(mapped);
  }

  /** The extractor with this table applied to every story it extracts. */
  public EntityExtractor applyTo(EntityExtractor extractor) {
    return byKey.isEmpty() && hidden.isEmpty()
        ? extractor
        : (title, body) -> apply(extractor.extract(title, body));
  }
}
