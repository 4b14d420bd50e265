package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.Schema;

/** Stored-field readers on a real index: given back, the next request reads with the same one. */
class StoredFieldsPoolTest {

  @Test
  void aReaderGivenBackIsReusedAndConcurrentTakersGetTheirOwn(@TempDir Path dir) throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int i = 0; i < 3; i++) {
          Document doc = new Document();
          doc.add(new StoredField(Schema.TITLE, "story " + i));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        StoredFieldsPool pool = new StoredFieldsPool(new IndexSearcher(reader));
        StoredFields first = pool.take();
        StoredFields second = pool.take();
        assertNotSame(first, second);
        assertEquals("story 2", first.document(2).get(Schema.TITLE));
        assertEquals("story 0", second.document(0).get(Schema.TITLE));
        pool.give(first);
        StoredFields again = pool.take();
        assertSame(first, again);
        assertEquals("story 1", again.document(1).get(Schema.TITLE));
      }
    }
  }
}
