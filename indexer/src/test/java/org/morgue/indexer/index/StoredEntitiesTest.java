package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;

class StoredEntitiesTest {

  @Test
  void entitiesWithAndWithoutAliasesComeBackFromTheIndexAsWritten(@TempDir Path dir)
      throws Exception {
    Schema schema = new Schema();
    Entity aka = new Entity(
        EntityType.PERSON,
        "jamal jaafar ibrahimi",
        "Jamal Jaafar Ibrahimi",
        List.of(new Span(false, 0, 21), new Span(false, 40, 61)),
        List.of("abu mahdi al-mohandes"));
    Entity plain =
        new Entity(EntityType.PLACE, "baghdad", "Baghdad", List.of(new Span(true, 3, 10)));
    IndexedStory written = new IndexedStory(
        Stories.story(
            "s1", "In Baghdad", "Jamal Jaafar Ibrahimi, also known as Abu Mahdi al-Mohandes"),
        List.of(aka, plain));
    try (FSDirectory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(schema.analyzer()))) {
        writer.addDocument(schema.toDocument(written));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Document stored = reader.storedFields().document(0);
        assertEquals(List.of(aka, plain), schema.fromDocument(stored).entities());
        // The keys alone, read past the mention offsets and aliases, in the same order.
        assertEquals(
            List.of(
                new Schema.EntityKey(EntityType.PERSON, "jamal jaafar ibrahimi"),
                new Schema.EntityKey(EntityType.PLACE, "baghdad")),
            schema.entityKeys(stored));
        assertEquals(written.story(), schema.story(stored));
      }
    }
  }
}
