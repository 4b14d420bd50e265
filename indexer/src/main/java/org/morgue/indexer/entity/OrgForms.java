package org.morgue.indexer.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Archive-wide organization rules that need every story's names:
 * <ul>
 *   <li><b>Firms are not people.</b> Brokerages and companies named after their founders ("Kidder,
 *       Peabody", "Hughes Tool") leave a surname the tagger calls a person. A one-word person name
 *       the archive hardly sees with a given name (organizations with the word in their name are in
 *       {@value #DOMINANCE} times as many stories as full names ending with it) is an organization: the one organization containing it that the most stories name, when it
 *       has {@value #DOMINANCE} times the stories of the next (else it stays a one-word organization).
 *   <li><b>"U.S. X" is X</b> when the archive has both as organizations ("U.S. Treasury" and
 *       "Treasury"): the form more stories use is the value.
 *   <li><b>A short form is the archive's one longer organization starting with it</b> ("Moody's" and
 *       "Moody's Investors Service", "Merrill Lynch" and "Merrill Lynch Capital Markets"): when that
 *       longer name has {@value #DOMINANCE} times the stories of the next longer one, the two are
 *       within {@value #DOMINANCE} times each other's stories (a rare sub-brand such as "Ford Motor
 *       Credit" beside "Ford" is not the company), and the added words are no place ("Texaco Canada"
 *       is another company) and no other organization ("Credit Suisse First Boston"). The form more stories use is the value.
 * </ul>
 */
final class OrgForms {

  static final int DOMINANCE = 3;
  private static final int MIN_STORIES = 2;
  private static final String US = "us ";

  private OrgForms() {}

  /**
   * Both rules. Retypes the firms in {@code typeOf}, so the rules after this see organizations.
   *
   * @param typeOf the archive type of every key; firms are set to {@link EntityType#ORG} here
   * @return key to the organization key it is
   */
  static Map<String, String> renames(
      Iterable<List<Entity>> stories, Map<String, EntityType> typeOf) {
    Map<String, Integer> storiesOf = storiesOf(stories);
    Map<String, String> renamed = firms(storiesOf, typeOf);
    countryQualified(storiesOf, typeOf).forEach(renamed::putIfAbsent);
    shortForms(storiesOf, typeOf).forEach(renamed::putIfAbsent);
    return renamed;
  }

  private static Map<String, String> firms(
      Map<String, Integer> storiesOf, Map<String, EntityType> typeOf) {
    // Stories naming a full person name ending with the word: "Baker" is James Baker's surname.
    Map<String, Integer> withGivenName = new HashMap<>();
    typeOf.forEach((key, type) -> {
      int space = key.lastIndexOf(' ');
      if (type == EntityType.PERSON && space > 0) {
        withGivenName.merge(key.substring(space + 1), storiesOf.getOrDefault(key, 0), Integer::sum);
      }
    });
    Set<String> candidates = new HashSet<>();
    typeOf.forEach((key, type) -> {
      if (type == EntityType.PERSON && key.indexOf(' ') < 0) {
        candidates.add(key);
      }
    });
    Map<String, Map<String, Integer>> orgsWithWord = new HashMap<>();
    typeOf.forEach((key, type) -> {
      if (type == EntityType.ORG && key.indexOf(' ') > 0) {
        for (String word : key.split(" ")) {
          if (candidates.contains(word)) {
            orgsWithWord
                .computeIfAbsent(word, w -> new HashMap<>())
                .put(key, storiesOf.getOrDefault(key, 0));
          }
        }
      }
    });
    Map<String, String> renamed = new HashMap<>();
    orgsWithWord.forEach((word, orgs) -> {
      // "Never with a given name" on a real archive means hardly ever: one story's "Tom Moody" must
      // not make Moody's a person. The organizations need DOMINANCE times the full names' stories.
      int inOrgs = orgs.values().stream().mapToInt(Integer::intValue).sum();
      // And the organizations must be at least as common as the bare name: "Subroto" (Indonesia's
      // oil minister, never with a given name on the wire) is not the firm some story names after
      // him.
      if (inOrgs < MIN_STORIES
          || inOrgs < DOMINANCE * withGivenName.getOrDefault(word, 0)
          || inOrgs < storiesOf.getOrDefault(word, 0)) {
        return;
      }
      typeOf.put(word, EntityType.ORG);
      String best = dominant(orgs);
      if (best != null) {
        renamed.put(word, best);
      }
    });
    return renamed;
  }

  /** "us x" and "x", both organizations: the one fewer stories name to the other. */
  private static Map<String, String> countryQualified(
      Map<String, Integer> storiesOf, Map<String, EntityType> typeOf) {
    Map<String, String> renamed = new HashMap<>();
    for (Map.Entry<String, EntityType> e : typeOf.entrySet()) {
      String key = e.getKey();
      if (e.getValue() != EntityType.ORG || !key.startsWith(US)) {
        continue;
      }
      String bare = key.substring(US.length());
      if (typeOf.get(bare) != EntityType.ORG) {
        continue;
      }
      boolean qualifiedWins = storiesOf.getOrDefault(key, 0) > storiesOf.getOrDefault(bare, 0);
      renamed.put(qualifiedWins ? bare : key, qualifiedWins ? key : bare);
    }
    return renamed;
  }

  /**
   * Short organization forms and the one longer organization each stands for, both directions
   * resolved to the form more stories use. Keys that are targets are never sources, so one lookup
   * in {@code ArchiveNames.apply} lands on the value.
   */
  private static Map<String, String> shortForms(
      Map<String, Integer> storiesOf, Map<String, EntityType> typeOf) {
    // Longer organization keys under each of their proper word prefixes: "moody investors service"
    // under "moody" and "moody investors".
    Map<String, Map<String, Integer>> longerOf = new HashMap<>();
    Gazetteer places = Gazetteer.bundled();
    typeOf.forEach((key, type) -> {
      if (type != EntityType.ORG) {
        return;
      }
      for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
        String prefix = key.substring(0, i);
        String tail = key.substring(i + 1);
        // The added words are no place ("Texaco Canada") and no organization of their own: "Credit
        // Suisse First Boston" is Credit Suisse's venture with First Boston, not Credit Suisse.
        if (typeOf.get(prefix) == EntityType.ORG
            && places.place(tail) == null
            && typeOf.get(tail) != EntityType.ORG
            && places.place(prefix) == null) {
          longerOf
              .computeIfAbsent(prefix, p -> new HashMap<>())
              .put(key, storiesOf.getOrDefault(key, 0));
        }
      }
    });
    Map<String, String> pairs = new HashMap<>();
    longerOf.forEach((prefix, longer) -> {
      String best = dominant(longer);
      int shortStories = storiesOf.getOrDefault(prefix, 0);
      if (best == null || shortStories < MIN_STORIES) {
        return;
      }
      int longStories = longer.get(best);
      if (DOMINANCE * Math.min(shortStories, longStories) < Math.max(shortStories, longStories)) {
        return;
      }
      pairs.put(prefix, best);
    });
    // Union the pairs into groups ("moody" and "moody investors" both with "moody investors
    // service"); each group's value is its member most stories name.
    Map<String, String> groupOf = new HashMap<>();
    pairs.keySet().stream().sorted().forEach(prefix -> {
      String a = root(groupOf, prefix);
      String b = root(groupOf, pairs.get(prefix));
      if (!a.equals(b)) {
        groupOf.put(a, b);
      }
    });
    Map<String, String> valueOf = new HashMap<>();
    Map<String, String> bestOf = new HashMap<>();
    for (String key : groupOf.keySet()) {
      bestOf.merge(root(groupOf, key), key, (x, y) -> more(storiesOf, x, y));
    }
    bestOf.replaceAll((root, best) -> more(storiesOf, root, best));
    Set<String> members = new HashSet<>(groupOf.keySet());
    members.addAll(groupOf.values());
    for (String key : members) {
      String value = bestOf.get(root(groupOf, key));
      if (!key.equals(value)) {
        valueOf.put(key, value);
      }
    }
    return valueOf;
  }

  private static String root(Map<String, String> groupOf, String key) {
    String k = key;
    while (groupOf.containsKey(k)) {
      k = groupOf.get(k);
    }
    return k;
  }

  /** Of two keys the one more stories name; on a tie the alphabetically first. */
  private static String more(Map<String, Integer> storiesOf, String a, String b) {
    int na = storiesOf.getOrDefault(a, 0);
    int nb = storiesOf.getOrDefault(b, 0);
    return na > nb || (na == nb && a.compareTo(b) < 0) ? a : b;
  }

  private static Map<String, Integer> storiesOf(Iterable<List<Entity>> stories) {
    Map<String, Integer> storiesOf = new HashMap<>();
    for (List<Entity> story : stories) {
      for (Entity e : story) {
        storiesOf.merge(e.key(), 1, Integer::sum);
      }
    }
    return storiesOf;
  }

  /** The key with the most stories, if it has at least MIN_STORIES and DOMINANCE times the next; else null. */
  private static String dominant(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      if (n > bestCount || (n == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        second = Math.max(second, bestCount);
        best = e.getKey();
        bestCount = n;
      } else {
        second = Math.max(second, n);
      }
    }
    return bestCount >= MIN_STORIES && bestCount >= DOMINANCE * second ? best : null;
  }
}
