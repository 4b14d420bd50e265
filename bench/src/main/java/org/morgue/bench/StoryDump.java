package org.morgue.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.Story;

/**
 * Writes the stories of a Morgue build, with their archive-wide entity keys, as JSON Lines keyed by
 * {@link Schema} field names. The bare Lucene baseline and Solr both index this one file, so the
 * three systems hold the same text and the same facet values, and the peers' indexing speed is that
 * of indexing alone (reading and cleaning the raw corpus and entity extraction are Morgue's extra work).
 */
public final class StoryDump {

  private StoryDump() {}

  /** Dumps the build in {@code build} to {@code out}; returns the number of stories written. */
  public static long write(Path build, Path out) throws IOException {
    Schema schema = new Schema();
    ObjectMapper json = new ObjectMapper();
    long written = 0;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build));
        OutputStream stream = Files.newOutputStream(out);
        JsonGenerator gen = json.createGenerator(stream)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            write(gen, schema.fromDocument(stored.document(doc)));
            gen.writeRaw('\n');
            written++;
          }
        }
      }
    }
    return written;
  }

  private static void write(JsonGenerator gen, IndexedStory indexed) throws IOException {
    Story story = indexed.story();
    gen.writeStartObject();
    gen.writeStringField(Schema.ID, story.id());
    gen.writeStringField(Schema.TITLE, story.title());
    gen.writeStringField(Schema.BODY, story.body());
    if (story.published().isPresent()) {
      gen.writeNumberField(
          Schema.PUBLISHED, Schema.epochDay(story.published().get().date()));
      gen.writeStringField(Schema.PUBLISHED_ISO, story.published().get().iso());
    }
    if (story.source() != null && !story.source().isBlank()) {
      gen.writeStringField(Schema.SOURCE, story.source());
    }
    array(
        gen,
        Schema.TAG,
        story.tags().stream()
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .distinct()
            .toList());
    for (EntityType type : EntityType.values()) {
      array(
          gen,
          type.facetName(),
          indexed.entities().stream()
              .filter(e -> e.type() == type)
              .map(Entity::key)
              .distinct()
              .toList());
    }
    gen.writeEndObject();
  }

  private static void array(JsonGenerator gen, String name, List<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.writeArrayFieldStart(name);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }
}
