package org.morgue.indexer.events;

import java.util.List;
import org.morgue.indexer.entity.Entity;

/**
 * Who and where: two stories that both name people, organisations or places, but not one of them in
 * common, report two events, however alike their words (two earthquakes, two check-ins to rehab, two
 * companies' results). Their pair is no edge of the event graph, in a rebuild and in an update alike.
 * A story naming no entity (the tagger off, a table) is judged by its words alone.
 */
public final class SharedEntities {

  private SharedEntities() {}

  /** The story's entities as sorted distinct hashes of type and key. */
  public static int[] keys(List<Entity> entities) {
    return entities.stream()
        .mapToInt(e -> (e.type().facetName() + '\u0001' + e.key()).hashCode())
        .distinct()
        .sorted()
        .toArray();
  }

  /** Whether both stories name entities and share none. */
  public static boolean apart(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return false;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return true;
  }
}
