package org.morgue.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.index.MorgueAnalyzer;
import org.morgue.indexer.index.Schema;

/**
 * The bare Lucene baseline query path, in-process: what a careful engineer writes straight against
 * Lucene 10 for the same result page. Per query: classic query parser over title^2 and body with AND,
 * a day-range filter, drill-down on the facet filters with drill-sideways counts, the top 10 sorted by
 * score then id, a month histogram from the date doc values, the top 50 values of every facet, and
 * unified-highlighter snippets (whole title, 3 body passages of about 160 characters) of the 10 hits
 * with their stored fields loaded. The facet reader state is built once per reader, as in Morgue.
 */
public final class BaselineSearch implements Driver.Target, AutoCloseable {

  private static final int TOP = 10;
  private static final int FACET_VALUES = 50;
  private static final String[] HIGHLIGHT = {Schema.TITLE, Schema.BODY};

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new MorgueAnalyzer();
  private final FacetsConfig config = new Schema().facetsConfig();
  private final SortedSetDocValuesReaderState state;
  private final Sort sort =
      new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING));

  public BaselineSearch(Path dir) throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
    // As in Morgue: an index without any facet value (e.g. --no-entities on a corpus without tags)
    // has no facet field, and Lucene refuses a reader state for it; search it without facets.
    state = reader.leaves().stream()
            .anyMatch(l ->
                l.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null)
        ? new DefaultSortedSetDocValuesReaderState(reader, config)
        : null;
  }

  @Override
  public long run(QuerySpec spec, boolean count) throws Exception {
    QueryParser parser =
        new MultiFieldQueryParser(HIGHLIGHT, analyzer, Map.of(Schema.TITLE, 2f, Schema.BODY, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query text = parser.parse(spec.q());
    Query base = text;
    if (spec.from().isPresent() || spec.to().isPresent()) {
      base = new BooleanQuery.Builder()
          .add(text, BooleanClause.Occur.MUST)
          .add(
              LongField.newRangeQuery(
                  Schema.PUBLISHED,
                  spec.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                  spec.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)),
              BooleanClause.Occur.FILTER)
          .build();
    }
    DrillDownQuery drill = new DrillDownQuery(config, base);
    spec.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
    TopFieldCollectorManager top = new TopFieldCollectorManager(sort, TOP, null, Integer.MAX_VALUE);
    MultiCollectorManager both = new MultiCollectorManager(top, new Months());
    List<FacetResult> facets = new ArrayList<>();
    TopDocs docs;
    if (state == null) {
      docs = (TopDocs) searcher.search(drill, both)[0];
    } else {
      DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result =
          new DrillSideways(searcher, config, state).search(drill, both);
      docs = (TopDocs) result.collectorResult[0];
      for (String dim : Schema.FACETS) {
        if (state.getOrdRange(dim) != null) {
          facets.add(result.facets.getTopChildren(FACET_VALUES, dim));
        }
      }
    }
    int[] ids = new int[docs.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = docs.scoreDocs[i].doc;
    }
    Map<String, String[]> snippets =
        new Highlighter(searcher, analyzer).highlightFields(HIGHLIGHT, text, ids, new int[] {1, 3});
    long sink = facets.size() + snippets.size();
    for (ScoreDoc hit : docs.scoreDocs) {
      sink += searcher.storedFields().document(hit.doc).getFields().size();
    }
    return count ? docs.totalHits.value() : sink;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Whole title; body passages grown to about 160 characters at sentence boundaries. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(1_000_000));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      return Schema.TITLE.equals(field)
          ? new WholeBreakIterator()
          : LengthGoalBreakIterator.createClosestToLength(
              BreakIterator.getSentenceInstance(Locale.ROOT), 160, 0.5f);
    }
  }

  /** Month histogram: counts per epoch day, as Morgue collects them, folded into months at the end. */
  private static final class Months implements CollectorManager<Months.Days, long[]> {
    @Override
    public Days newCollector() {
      return new Days();
    }

    @Override
    public long[] reduce(Collection<Days> collectors) {
      long[] months = new long[12 * 400];
      for (Days c : collectors) {
        c.finish();
        c.counts.forEach((day, n) -> {
          LocalDate d = LocalDate.ofEpochDay(day);
          months[Math.floorMod((d.getYear() - 1800) * 12 + d.getMonthValue() - 1, months.length)] +=
              n;
        });
      }
      return months;
    }

    /** Per segment, days in an int array over the segment's date bounds (a map past 100,000 days), as Morgue counts. */
    static final class Days extends SimpleCollector {
      final java.util.HashMap<Long, Long> counts = new java.util.HashMap<>();
      private SortedNumericDocValues published;
      private int[] dense;
      private long first;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finish();
        published = DocValues.getSortedNumeric(context.reader(), Schema.PUBLISHED);
        org.apache.lucene.index.PointValues points =
            context.reader().getPointValues(Schema.PUBLISHED);
        if (points != null) {
          first =
              org.apache.lucene.document.LongPoint.decodeDimension(points.getMinPackedValue(), 0);
          long last =
              org.apache.lucene.document.LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
          dense = last - first < 100_000 ? new int[(int) (last - first + 1)] : null;
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        if (published.advanceExact(doc)) {
          long day = published.nextValue();
          if (dense != null && day >= first && day - first < dense.length) {
            dense[(int) (day - first)]++;
          } else {
            counts.merge(day, 1L, Long::sum);
          }
        }
      }

      @Override
      public void finish() {
        if (dense != null) {
          for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
              counts.merge(first + i, (long) dense[i], Long::sum);
            }
          }
          dense = null;
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }
}
