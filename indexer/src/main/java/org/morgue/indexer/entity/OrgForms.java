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
  static Map<String, String> renames(Iterable<List<Entity>> stories, Map<String, EntityType> typeOf) {
    Map<String, Integer> storiesOf = storiesOf(stories);
    Map<String, String> renamed = firms(storiesOf, typeOf);
    countryQualified(storiesOf, typeOf).forEach(renamed::putIfAbsent);
    return renamed;
  }

  private static Map<String, String> firms(Map<String, Integer> storiesOf, Map<String, EntityType> typeOf) {
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
            orgsWithWord.computeIfAbsent(word, w -> new HashMap<>()).put(key, storiesOf.getOrDefault(key, 0));
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
      // oil minister, never with a given name on the wire) is not the firm some story names after him.
      if (inOrgs < MIN_STORIES || inOrgs < DOMINANCE * withGivenName.getOrDefault(word, 0)
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
  private static Map<String, String> countryQualified(Map<String, Integer> storiesOf, Map<String, EntityType> typeOf) {
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
