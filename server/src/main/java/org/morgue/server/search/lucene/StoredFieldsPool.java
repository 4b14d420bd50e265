package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Stored-field readers of one index reader, reused across its requests. Each reader Lucene hands out
 * clones the codec's reader with decompression buffers of its own, which grow to the compressed block
 * size on first use: one fresh per request re-grew them every time (13% of the search server's
 * allocation on Reuters-21578, JFR). A {@link StoredFields} is not thread-safe: a request takes one,
 * uses it on its own thread, and gives it back; at most {@link #KEPT} wait between requests.
 */
final class StoredFieldsPool {

  /** Readers kept between requests: more than the concurrent searches two cores serve. */
  static final int KEPT = 8;

  private final IndexSearcher searcher;
  private final ArrayBlockingQueue<StoredFields> free = new ArrayBlockingQueue<>(KEPT);

  StoredFieldsPool(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** A stored-field reader of this pool's index reader, owned by the caller until {@link #give}. */
  StoredFields take() throws IOException {
    StoredFields fields = free.poll();
    return fields != null ? fields : searcher.storedFields();
  }

  /** Returns a reader from {@link #take}; the caller must not use it afterwards. */
  void give(StoredFields fields) {
    free.offer(fields);
  }
}
