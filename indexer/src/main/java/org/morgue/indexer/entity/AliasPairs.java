package org.morgue.indexer.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The archive's alias pairs: each story's entities carry the other names the story gave them
 * ({@link Entity#aliases()}: an acronym, "also known as", a handle); here every such name is joined
 * to the name it was paired with most often, and of the two the one more stories use is canonical.
 * A name paired with several is joined only when one partner has {@value #DOMINANCE} times the
 * stories of any other ("EC" linked to European Community in 40 stories and to Economic Commission
 * in 3 is European Community), so one odd story cannot chain two organizations together. A handle
 * ({@code @name}) is never canonical: it is how a name is written online, not the name.
 */
final class AliasPairs {

  static final int DOMINANCE = 3;
  private static final int MAX_CHAIN = 8;

  private final Map<String, String> canonicalOf;

  private AliasPairs(Map<String, String> canonicalOf) {
    this.canonicalOf = canonicalOf;
  }

  static AliasPairs of(Iterable<List<Entity>> stories) {
    Map<String, Map<String, Integer>> partners = new HashMap<>();
    Map<String, Integer> storiesOf = new HashMap<>();
    for (List<Entity> story : stories) {
      Set<String> names = new HashSet<>();
      for (Entity e : story) {
        names.add(e.key());
        for (String alias : e.aliases()) {
          if (FirmChains.isMark(alias)) {
            // A candidate firm, not another name of this entity (see FirmChains).
            continue;
          }
          names.add(alias);
          partners.computeIfAbsent(alias, k -> new HashMap<>()).merge(e.key(), 1, Integer::sum);
        }
      }
      names.forEach(n -> storiesOf.merge(n, 1, Integer::sum));
    }
    Map<String, String> canonicalOf = new HashMap<>();
    partners.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      String alias = entry.getKey();
      List<Map.Entry<String, Integer>> ranked = entry.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .toList();
      int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
      if (ranked.get(0).getValue() < DOMINANCE * second) {
        return;
      }
      String partner = ranked.get(0).getKey();
      boolean aliasWins = !alias.startsWith("@") && storiesOf.get(alias) > storiesOf.get(partner);
      String from = aliasWins ? partner : alias;
      String to = aliasWins ? alias : partner;
      if (!canonicalOf.containsKey(from) && !resolve(canonicalOf, to).equals(from)) {
        canonicalOf.put(from, to);
      }
    });
    // A hash map, not Map.copyOf: every entity of every story is looked up here while the index is
    // written.
    return new AliasPairs(java.util.Collections.unmodifiableMap(canonicalOf));
  }

  /** The canonical name of a key; the key itself when it is in no pair. */
  String canonical(String key) {
    return resolve(canonicalOf, key);
  }

  /** Number of names that give way to another. */
  int size() {
    return canonicalOf.size();
  }

  private static String resolve(Map<String, String> canonicalOf, String key) {
    String k = key;
    for (int i = 0; i < MAX_CHAIN && canonicalOf.containsKey(k); i++) {
      k = canonicalOf.get(k);
    }
    return k;
  }
}
