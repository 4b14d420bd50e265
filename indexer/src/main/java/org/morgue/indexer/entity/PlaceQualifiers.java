package org.morgue.indexer.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the archive writes both bare and qualified by a place: "Green Zone" in one story, "Green
 * Zone of Baghdad" in another. A key "X of P" is the bare X when P is a place in the archive, X has
 * at least two words and is used on its own somewhere, and no other "X of …" form exists. The last
 * condition keeps generic heads apart ("Central Bank of Iraq" and "Central Bank of Kenya" are two
 * banks, so neither becomes "Central Bank"); the two-word minimum keeps "Bank of Japan" from "Bank".
 */
final class PlaceQualifiers {

  private static final String OF = " of ";

  private PlaceQualifiers() {}

  /**
   * @param keys every canonical key of the archive
   * @param typeOf the archive type of each key
   * @return qualified key to bare key
   */
  static Map<String, String> of(Set<String> keys, Map<String, EntityType> typeOf) {
    Map<String, String> bareOf = new HashMap<>();
    Map<String, Integer> forms = new HashMap<>();
    for (String key : keys) {
      int of = key.lastIndexOf(OF);
      if (of < 0) {
        continue;
      }
      String head = key.substring(0, of);
      forms.merge(head, 1, Integer::sum);
      if (head.indexOf(' ') > 0
          && keys.contains(head)
          && typeOf.get(key.substring(of + OF.length())) == EntityType.PLACE) {
        bareOf.put(key, head);
      }
    }
    bareOf.keySet().removeIf(key -> forms.get(key.substring(0, key.lastIndexOf(OF))) > 1);
    return bareOf;
  }
}
