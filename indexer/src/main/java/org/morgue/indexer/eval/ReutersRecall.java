package org.morgue.indexer.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.indexer.story.Story;

/**
 * Recall of the entity facets against Reuters-21578's editorial codes. For each story and each of
 * its person, organization and place codes whose name (any of its {@link ReutersCodes} names)
 * appears in the body, the code is found when the story's facet of that type holds it:
 * <ul>
 *   <li>a person: a facet key equal to the name's key or ending with it as whole words (a surname
 *       code, {@code kohl}, is found as "Helmut Kohl");
 *   <li>an organization or a place: a facet key equal to the key of one of its names (so
 *       {@code usa} is found as "United States", the value "U.S." and "US" fold to).
 * </ul>
 * A name appears when the body has it as whole words, with capitals as the table writes them (so
 * the person "Bond" is not found in "bond"); words of up to three lower-case letters ("de", "la")
 * match either case.
 */
public final class ReutersRecall {

  private static final String PREFIX_SEPARATOR = ":";

  /** Counts for one type. */
  public record Tally(int coded, int inBody, int found, Map<String, Integer> missed) {}

  private final ReutersCodes codes;
  private final Map<String, Pattern> patterns = new HashMap<>();

  public ReutersRecall(ReutersCodes codes) {
    this.codes = codes;
  }

  /** Tallies every story of a run. */
  public Map<EntityType, Tally> measure(ArchiveRun run) {
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    Map<EntityType, Map<String, Integer>> missed = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      counts.put(type, new int[3]);
      missed.put(type, new HashMap<>());
    }
    for (int i = 0; i < run.stories().size(); i++) {
      Story story = run.stories().get(i);
      List<Entity> facets = run.facets().get(i);
      for (String tag : story.tags()) {
        int colon = tag.indexOf(PREFIX_SEPARATOR);
        EntityType type = colon < 0 ? null : typeOf(tag.substring(0, colon));
        if (type == null) {
          continue;
        }
        String code = tag.substring(colon + 1);
        List<String> names = codes.names(type, code);
        int[] c = counts.get(type);
        c[0]++;
        if (names.stream().noneMatch(n -> appears(n, story.body()))) {
          continue;
        }
        c[1]++;
        if (found(type, names, facets)) {
          c[2]++;
        } else {
          missed.get(type).merge(code, 1, Integer::sum);
        }
      }
    }
    Map<EntityType, Tally> out = new EnumMap<>(EntityType.class);
    counts.forEach(
        (type, c) -> out.put(type, new Tally(c[0], c[1], c[2], Map.copyOf(missed.get(type)))));
    return out;
  }

  /**
   * Prints, for up to {@code limit} stories where a code is named in the body but missed by the
   * facets, the story id, the first body line naming it and the story's facets, so a missed code
   * can be diagnosed (tagged as another type? part of a longer name? not tagged at all?).
   */
  public void explain(ArchiveRun run, EntityType type, String code, int limit, PrintStream out) {
    List<String> names = codes.names(type, code);
    String tag = type.facetName() + PREFIX_SEPARATOR + code;
    int shown = 0;
    for (int i = 0; i < run.stories().size() && shown < limit; i++) {
      Story story = run.stories().get(i);
      List<Entity> facets = run.facets().get(i);
      if (!story.tags().contains(tag) || found(type, names, facets)) {
        continue;
      }
      String line = null;
      for (String candidate : story.body().split("\n")) {
        if (line == null && names.stream().anyMatch(n -> appears(n, candidate))) {
          line = candidate.strip();
        }
      }
      if (line == null) {
        continue;
      }
      shown++;
      out.println("  missed " + tag + " in " + story.id() + ": \"" + line + "\"");
      for (Entity e : facets) {
        out.println("    " + e.type().facetName() + " " + e.display() + " [" + e.key() + "]"
            + (e.aliases().isEmpty() ? "" : " aliases " + e.aliases()));
      }
    }
  }

  private static EntityType typeOf(String prefix) {
    for (EntityType t : EntityType.values()) {
      if (t.facetName().equals(prefix)) {
        return t;
      }
    }
    return null;
  }

  static boolean found(EntityType type, List<String> names, List<Entity> facets) {
    for (String name : names) {
      String key = NameKeys.fold(name);
      for (Entity e : facets) {
        if (e.type() == type
            && (e.key().equals(key)
                || (type == EntityType.PERSON && e.key().endsWith(" " + key)))) {
          return true;
        }
      }
    }
    return false;
  }

  boolean appears(String name, String body) {
    return patterns.computeIfAbsent(name, ReutersRecall::pattern).matcher(body).find();
  }

  static Pattern pattern(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.split("[\\s-]+")) {
      boolean flexible =
          word.length() <= 3 && word.codePoints().skip(1).allMatch(Character::isLowerCase);
      words.add(flexible ? "(?i:" + Pattern.quote(word) + ")" : Pattern.quote(word));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + String.join("[\\s-]+", words) + "(?![\\p{L}\\p{N}])");
  }

  /** Prints one line per type and the codes most often missed. */
  public static void print(Map<EntityType, Tally> tallies, PrintStream out) {
    for (Map.Entry<EntityType, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      out.printf(
          Locale.ROOT,
          "  %-6s codes %6d  named in body %6d  in facets %6d  recall %6.2f%%%n",
          e.getKey().facetName(),
          t.coded(),
          t.inBody(),
          t.found(),
          t.inBody() == 0 ? 0.0 : 100.0 * t.found() / t.inBody());
    }
    for (Map.Entry<EntityType, Tally> e : tallies.entrySet()) {
      List<String> top = e.getValue().missed().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(12)
          .map(m -> m.getKey() + " " + m.getValue())
          .toList();
      if (!top.isEmpty()) {
        out.println("  most missed " + e.getKey().facetName() + ": " + String.join(", ", top));
      }
    }
  }
}
