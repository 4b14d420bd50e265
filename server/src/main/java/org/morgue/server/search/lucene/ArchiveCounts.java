package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.MatchAllDocsQuery;

/**
 * The archive-wide story count of every facet value (per global ordinal), which lift divides by. Counting
 * reads every story's ordinals once, so it is done once per reader and kept while the reader lives (the
 * map holds readers' cache keys weakly: a closed build's counts go with it).
 */
final class ArchiveCounts {

  private final Map<IndexReader.CacheKey, int[]> byReader = new WeakHashMap<>();

  int[] of(ArchiveSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    IndexReader.CacheKey key = helper == null ? null : helper.getKey();
    synchronized (this) {
      int[] known = key == null ? null : byReader.get(key);
      if (known != null) {
        return known;
      }
    }
    FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    int[] counts = new int[state.getSize()];
    OrdinalPass.run(state, all, (doc, ords, n) -> {
      for (int i = 0; i < n; i++) {
        counts[ords[i]]++;
      }
    });
    if (key != null) {
      synchronized (this) {
        byReader.put(key, counts);
      }
    }
    return counts;
  }
}
