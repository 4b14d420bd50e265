package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;
import org.morgue.indexer.copies.CopyInfo;
import org.morgue.indexer.index.Schema;

/**
 * Collapses copy groups in a ranked hit list: a hit stays when it is the best-ranked match of its group
 * under the request's query, filters and order. The check is a search of the query restricted to the
 * hit's group, top one, so it is exact whatever page or cursor the list starts from, and it costs one
 * tiny search per hit that has copies. Why not Lucene's grouping module: its two-pass group collectors
 * cannot continue from a search-after cursor, and a lead-only filter would show the lead even when a
 * later version is the better match.
 *
 * <p>Semantics: the collapsed list is the uncollapsed ranked list with every hit removed whose group has
 * a better-ranked match; pages and cursors slice that list, and the total counts its length (stories
 * without copies plus distinct groups among the matches). Facets and the date histogram count stories.
 */
final class CopyCollapse {

  private final ArchiveSearcher searcher;
  private final Schema schema;
  private final Query query;
  private final Sort sort;
  private final Map<String, Integer> bestOfGroup = new HashMap<>();

  CopyCollapse(ArchiveSearcher searcher, Schema schema, Query query, Sort sort) {
    this.searcher = searcher;
    this.schema = schema;
    this.query = query;
    this.sort = sort;
  }

  /** The hits that are the best-ranked match of their group, in their order. */
  List<ScoreDoc> keep(ScoreDoc[] ranked) throws IOException {
    List<ScoreDoc> kept = new ArrayList<>(ranked.length);
    for (ScoreDoc hit : ranked) {
      CopyInfo copy = schema.copyOf(searcher
          .storedFields()
          .document(
              hit.doc,
              Set.of(Schema.ID, Schema.COPY_GROUP, Schema.COPY_SIMILARITY, Schema.COPY_VERSIONS)));
      if (copy.versions() <= 1 || best(copy.group()) == hit.doc) {
        kept.add(hit);
      }
    }
    return kept;
  }

  private int best(String group) throws IOException {
    Integer known = bestOfGroup.get(group);
    if (known != null) {
      return known;
    }
    Query inGroup = new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.COPY_GROUP, group)), BooleanClause.Occur.FILTER)
        .build();
    TopFieldDocs top = searcher.search(inGroup, new TopFieldCollectorManager(sort, 1, null, 1));
    int best = top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    bestOfGroup.put(group, best);
    return best;
  }

  /** Counts the collapsed total: matches without copies plus distinct groups among matches with copies. */
  static final class Total implements CollectorManager<Total.Counter, Long> {

    @Override
    public Counter newCollector() {
      return new Counter();
    }

    @Override
    public Long reduce(Collection<Counter> counters) throws IOException {
      long single = 0;
      Set<String> groups = new HashSet<>();
      for (Counter c : counters) {
        c.finish();
        single += c.single;
        groups.addAll(c.groups);
      }
      return single + groups.size();
    }

    /**
     * Marks each segment's matching groups by ordinal and names them once per segment, not once per
     * matching copy: a broad query over an archive of wire copies touches many copies of few groups.
     */
    static final class Counter extends SimpleCollector {
      long single;
      final Set<String> groups = new HashSet<>();
      private NumericDocValues versions;
      private SortedDocValues group;
      private FixedBitSet seen;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finish();
        versions = DocValues.getNumeric(context.reader(), Schema.COPY_VERSIONS);
        group = DocValues.getSorted(context.reader(), Schema.COPY_GROUP);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (versions.advanceExact(doc) && versions.longValue() > 1 && group.advanceExact(doc)) {
          if (seen == null) {
            seen = new FixedBitSet(group.getValueCount());
          }
          seen.set(group.ordValue());
        } else {
          single++;
        }
      }

      /** Names the segment's marked groups; called by Lucene per segment, and by the next segment and reduce. */
      @Override
      public void finish() throws IOException {
        if (seen != null) {
          for (int ord = seen.nextSetBit(0);
              ord != DocIdSetIterator.NO_MORE_DOCS;
              ord = ord + 1 < seen.length()
                  ? seen.nextSetBit(ord + 1)
                  : DocIdSetIterator.NO_MORE_DOCS) {
            groups.add(group.lookupOrd(ord).utf8ToString());
          }
          seen = null;
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }
}
