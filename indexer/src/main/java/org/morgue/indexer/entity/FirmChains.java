package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Firm names made of surnames joined by "and": "Phillips and Drew", "Wagner and Brown", "Merrill
 * Lynch, Pierce, Fenner and Smith". The tagger reads each surname as a person (all of Reuters-21578's
 * "Drew" and most of its "Wagner" and "Smith" were these firms), and no one story can tell a firm
 * from two people ("Clinton and Yeltsin" is written the same way), so the decision is the archive's:
 * <ul>
 *   <li>in the story, a run of names {@code A[, B…] and C} whose members are one-word people (no
 *       full name in the story) or organizations, at least one of them such a person, marks each of
 *       those people with the run as a candidate firm (an alias starting with {@link #MARK});
 *   <li>archive-wide, a candidate is a firm when the archive also names it as an organization on its
 *       own ("&lt;Wagner and Brown&gt;" in Reuters company markup, "Phillips and Drew Ltd"), or when
 *       {@value #MIN_STORIES} or more stories write it and one of its people has no full name the
 *       archive links the surname to (people named together have full names: James Baker);
 *   <li>in each story the marked people of a firm become that organization, and marks never reach
 *       the index.
 * </ul>
 */
final class FirmChains {

  /** Alias prefix of a candidate: a control character no name folds to. */
  static final String MARK = "\u0001firm\u0001";

  static final int MIN_STORIES = 3;
  // Weight of a candidate the archive names as an organization: above any story count.
  private static final int KNOWN = 1 << 24;
  private static final String DISPLAY = "\u0001";
  private static final Pattern AND_GAP = Pattern.compile("\\s+(?:and|&)\\s+");
  private static final Pattern COMMA_GAP = Pattern.compile(",\\s+");

  private FirmChains() {}

  /** True for a candidate mark among an entity's aliases. */
  static boolean isMark(String alias) {
    return alias.startsWith(MARK);
  }

  /** A mention with the entity it belongs to. */
  private record Member(Entity entity, Span span) {}

  /** The story's entities, the one-word people of each candidate run marked with it. */
  static List<Entity> mark(StoryText text, List<Entity> entities) {
    List<Member> members = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.ORG
          || (e.type() == EntityType.PERSON && e.key().indexOf(' ') < 0)) {
        e.spans().forEach(s -> members.add(new Member(e, s)));
      }
    }
    if (members.size() < 2) {
      return entities;
    }
    members.sort(Comparator.comparing((Member m) -> !m.span().inTitle())
        .thenComparingInt(m -> m.span().start()));
    Map<Entity, List<String>> marks = new HashMap<>();
    for (int i = 0; i + 1 < members.size(); i++) {
      if (!gap(text, members.get(i), members.get(i + 1), AND_GAP)) {
        continue;
      }
      int first = i;
      while (first > 0 && gap(text, members.get(first - 1), members.get(first), COMMA_GAP)) {
        first--;
      }
      List<Member> run = members.subList(first, i + 2);
      if (run.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON)) {
        continue;
      }
      Span whole = new Span(
          run.get(0).span().inTitle(),
          run.get(0).span().start(),
          run.get(run.size() - 1).span().end());
      String display = text.of(whole).replaceAll("\\s+", " ").strip();
      String mark = MARK + Canonicalizer.key(EntityType.ORG, display) + DISPLAY + display;
      run.stream()
          .filter(m -> m.entity().type() == EntityType.PERSON)
          .forEach(
              m -> marks.computeIfAbsent(m.entity(), x -> new ArrayList<>()).add(mark));
    }
    if (marks.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<String> added = marks.get(e);
      if (added == null) {
        out.add(e);
      } else {
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.addAll(added);
        out.add(new Entity(e.type(), e.key(), e.display(), e.spans(), aliases));
      }
    }
    return out;
  }

  private static boolean gap(StoryText text, Member a, Member b, Pattern gap) {
    if (a.span().inTitle() != b.span().inTitle() || a.span().end() > b.span().start()) {
      return false;
    }
    return gap.matcher(text.field(a.span()).substring(a.span().end(), b.span().start()))
        .matches();
  }

  /**
   * The candidates that are firms, each with its weight for a person marked with several ("AFG and
   * Wagner" and "Wagner and Brown" in "AFG and Wagner and Brown"): a name the archive knows as an
   * organization first, then the one more stories write.
   *
   * @param typeOf the archive type of every real name
   * @param linked true for a one-word person key the archive links to a full name
   */
  static Map<String, Integer> firms(
      Iterable<List<Entity>> stories,
      Map<String, EntityType> typeOf,
      java.util.function.Predicate<String> linked) {
    Map<String, Integer> storiesOf = new HashMap<>();
    Map<String, Set<String>> peopleOf = new HashMap<>();
    for (List<Entity> story : stories) {
      Set<String> seen = new HashSet<>();
      for (Entity e : story) {
        for (String alias : e.aliases()) {
          if (isMark(alias)) {
            String key = keyOf(alias);
            peopleOf.computeIfAbsent(key, k -> new HashSet<>()).add(e.key());
            if (seen.add(key)) {
              storiesOf.merge(key, 1, Integer::sum);
            }
          }
        }
      }
    }
    Map<String, Integer> firms = new HashMap<>();
    storiesOf.forEach((key, n) -> {
      if (typeOf.get(key) == EntityType.ORG) {
        firms.put(key, KNOWN + n);
      } else if (n >= MIN_STORIES && peopleOf.get(key).stream().anyMatch(p -> !linked.test(p))) {
        firms.put(key, n);
      }
    });
    return firms;
  }

  /**
   * The story with each marked person of a firm made that organization, and no marks left.
   *
   * @param displayOf the archive's display form of a key, if it has one
   */
  static List<Entity> apply(
      List<Entity> story, Map<String, Integer> firms, Map<String, String> displayOf) {
    List<Entity> out = new ArrayList<>(story.size());
    boolean changed = false;
    for (Entity e : story) {
      if (e.aliases().stream().noneMatch(FirmChains::isMark)) {
        out.add(e);
        continue;
      }
      changed = true;
      List<String> aliases = e.aliases().stream().filter(a -> !isMark(a)).toList();
      String firm = e.type() != EntityType.PERSON
          ? null
          : e.aliases().stream()
              .filter(FirmChains::isMark)
              .filter(a -> firms.containsKey(keyOf(a)))
              .max(Comparator.comparingInt((String a) -> firms.get(keyOf(a))).thenComparing(a -> a))
              .orElse(null);
      if (firm == null) {
        out.add(new Entity(e.type(), e.key(), e.display(), e.spans(), aliases));
      } else {
        String key = keyOf(firm);
        String display =
            displayOf.getOrDefault(key, firm.substring(firm.indexOf(DISPLAY, MARK.length()) + 1));
        out.add(new Entity(EntityType.ORG, key, display, e.spans(), aliases));
      }
    }
    return changed ? EntityMerge.merge(out) : story;
  }

  private static String keyOf(String mark) {
    return mark.substring(MARK.length(), mark.indexOf(DISPLAY, MARK.length()));
  }
}
