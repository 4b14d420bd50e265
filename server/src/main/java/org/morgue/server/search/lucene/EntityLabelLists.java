package org.morgue.server.search.lucene;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;

/** A hit's entity labels as the API lists them: per type, in type order, each label once; shared by both backends. */
public final class EntityLabelLists {

  private EntityLabelLists() {}

  public static Map<String, List<String>> of(List<Schema.EntityKey> entities, EntityLabels labels) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      Set<String> names = new LinkedHashSet<>();
      for (Schema.EntityKey e : entities) {
        if (e.type() == type) {
          names.add(labels.label(type.facetName(), e.key()));
        }
      }
      out.put(type.facetName(), List.copyOf(names));
    }
    return out;
  }
}
