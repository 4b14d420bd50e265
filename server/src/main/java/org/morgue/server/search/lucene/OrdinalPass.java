package org.morgue.server.search.lucene;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.morgue.indexer.index.Schema;

/**
 * One pass over the matching stories of a {@link FacetsCollector}, handing each story's facet values to a
 * visitor as global ordinals (every dimension's, in ordinal order). Only doc values are read, never a
 * stored field, so a network or summary of a hundred thousand stories costs a few array reads per story.
 */
final class OrdinalPass {

  /** Sees each segment, then each of its matching stories in doc order. */
  interface Visitor {
    /** The next segment begins; per-segment doc values are opened here. */
    default void segment(LeafReaderContext context) throws IOException {}

    /** @param ords the story's global ordinals in {@code ords[0..n)}, ascending; the array is reused */
    void story(int doc, int[] ords, int n) throws IOException;
  }

  /** A visitor that also reads each story's publication day. */
  abstract static class Dated implements Visitor {
    /** What {@link #day} answers for an undated story. */
    static final long UNDATED = Long.MIN_VALUE;

    private SortedNumericDocValues published;

    @Override
    public void segment(LeafReaderContext context) throws IOException {
      published = DocValues.getSortedNumeric(context.reader(), Schema.PUBLISHED);
    }

    /** The story's epoch day, or {@link #UNDATED}; call once per story, in doc order. */
    long day(int doc) throws IOException {
      return published.advanceExact(doc) ? published.nextValue() : UNDATED;
    }
  }

  private OrdinalPass() {}

  /**
   * @param state the reader's facet state; null when no story has a facet value (every story then has none)
   * @return how many stories matched
   */
  static long run(SortedSetDocValuesReaderState state, FacetsCollector hits, Visitor visitor)
      throws IOException {
    OrdinalMap map = state != null
            && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
        ? multi.mapping
        : null;
    int[] ords = new int[16];
    long stories = 0;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      DocIdSetIterator matches = docs.totalHits() == 0 ? null : docs.bits().iterator();
      if (matches == null) {
        continue;
      }
      visitor.segment(docs.context());
      SortedSetDocValues values =
          state == null ? null : docs.context().reader().getSortedSetDocValues(state.getField());
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(docs.context().ord);
      for (int doc = matches.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = matches.nextDoc()) {
        stories++;
        int n = 0;
        if (values != null && values.advanceExact(doc)) {
          n = values.docValueCount();
          if (n > ords.length) {
            ords = new int[Math.max(n, ords.length * 2)];
          }
          for (int i = 0; i < n; i++) {
            ords[i] = (int) global.get(values.nextOrd());
          }
        }
        visitor.story(doc, ords, n);
      }
    }
    return stories;
  }
}
