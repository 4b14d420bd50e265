package org.morgue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.morgue.indexer.index.MorgueAnalyzer;
import org.morgue.indexer.index.Schema;

/**
 * The bare Lucene baseline's indexer, run as its own JVM by the harness (so its peak RSS is its
 * own): indexes a {@link StoryDump} file with plain Lucene calls, the same analyzer, the same field
 * types (offsets in postings for the unified highlighter) and the same sorted-set facets, no
 * extraction. Prints {@code stories=N seconds=S}.
 *
 * <p>Usage: {@code BaselineIndexer DUMP.jsonl INDEX_DIR}
 */
public final class BaselineIndexer {

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private BaselineIndexer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BaselineIndexer DUMP.jsonl INDEX_DIR");
      System.exit(2);
    }
    long start = System.nanoTime();
    long stories = index(Path.of(args[0]), Path.of(args[1]));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "stories=%d seconds=%.3f%n", stories, seconds);
  }

  static long index(Path dump, Path dir) throws IOException {
    FacetsConfig facets = new Schema().facetsConfig();
    ObjectMapper json = new ObjectMapper();
    IndexWriterConfig config = new IndexWriterConfig(new MorgueAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(128);
    long count = 0;
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
        BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        writer.addDocument(facets.build(document(json.readTree(line))));
        count++;
      }
      writer.commit();
    }
    return count;
  }

  static Document document(JsonNode story) {
    Document doc = new Document();
    String id = story.get(Schema.ID).asText();
    doc.add(new StringField(Schema.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
    doc.add(new Field(Schema.TITLE, story.get(Schema.TITLE).asText(), TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.BODY, story.get(Schema.BODY).asText(), TEXT_WITH_OFFSETS));
    if (story.has(Schema.PUBLISHED)) {
      doc.add(
          new LongField(Schema.PUBLISHED, story.get(Schema.PUBLISHED).asLong(), Field.Store.NO));
      doc.add(
          new StoredField(Schema.PUBLISHED_ISO, story.get(Schema.PUBLISHED_ISO).asText()));
    }
    if (story.has(Schema.SOURCE)) {
      doc.add(new StoredField(Schema.SOURCE, story.get(Schema.SOURCE).asText()));
      doc.add(new SortedSetDocValuesFacetField(
          Schema.SOURCE, story.get(Schema.SOURCE).asText()));
    }
    for (String dim : Schema.FACETS) {
      // The source is one text value in the dump (added above); the other facets are arrays.
      for (JsonNode value : story.path(dim).isArray() ? story.path(dim) : List.<JsonNode>of()) {
        doc.add(new SortedSetDocValuesFacetField(dim, value.asText()));
      }
    }
    return doc;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
