package org.morgue.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.morgue.indexer.entity.Entity;

/**
 * What an update needs to know of the build it starts from: every story id it holds, and the stored
 * entities of the stories the update keeps (for the archive pass and the label table). Only the id
 * and entity fields are read, never the text.
 *
 * @param ids every id in the build
 * @param entities the entities of each story that is neither replaced nor deleted
 */
record StoredStories(Set<String> ids, List<List<Entity>> entities) {

  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.ENTITIES);

  StoredStories {
    ids = Set.copyOf(ids);
    entities = List.copyOf(entities);
  }

  static StoredStories read(
      Schema schema, Optional<Path> build, Set<String> replaced, Set<String> deleted)
      throws IOException {
    if (build.isEmpty()) {
      return new StoredStories(Set.of(), List.of());
    }
    Set<String> ids = new HashSet<>();
    List<List<Entity>> entities = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build.get()))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          IndexedStory story = schema.fromDocument(stored.document(doc, FIELDS));
          String id = story.story().id();
          ids.add(id);
          if (!replaced.contains(id) && !deleted.contains(id)) {
            entities.add(story.entities());
          }
        }
      }
    }
    return new StoredStories(ids, entities);
  }
}
