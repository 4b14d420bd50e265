package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.DateInterval;
import org.morgue.server.search.DayBuckets;
import org.morgue.server.search.SearchResponse;

/**
 * Counts matching stories per publication day from the {@link Schema#PUBLISHED} doc values (epoch
 * days), and those without a date; the days are grouped into buckets only at the end, once the
 * range is known, so {@code auto} can pick its width from the matches themselves. Run as the hit
 * collector's sibling, it sees exactly the stories that match the query and every filter.
 */
final class DateHistogram
    implements CollectorManager<DateHistogram.DayCollector, SearchResponse.Dates> {

  /**
   * Most buckets an explicit interval may produce (ten years of days): a day histogram of a century
   * would be a megabyte of zeros nobody can draw.
   */
  static final long MAX_BUCKETS = DayBuckets.MAX_BUCKETS;

  private final DateInterval interval;

  DateHistogram(DateInterval interval) {
    this.interval = interval;
  }

  @Override
  public DayCollector newCollector() {
    return new DayCollector();
  }

  @Override
  public SearchResponse.Dates reduce(Collection<DayCollector> collectors) {
    Map<Long, Long> days = new HashMap<>();
    long undated = 0;
    for (DayCollector c : collectors) {
      c.finish();
      c.days.forEach((day, count) -> days.merge(day, count, Long::sum));
      undated += c.undated;
    }
    return DayBuckets.of(days, undated, interval);
  }

  /**
   * Counts one slice of the index per day. Within a segment the days are counted in a plain array
   * spanning the segment's own first to last day (from its points' bounds), so a broad query over a
   * million stories costs an array increment per match rather than a boxed map update; a segment
   * whose dates span more than {@link #DENSE_DAYS} days (stray centuries) falls back to a map.
   */
  static final class DayCollector extends SimpleCollector {
    /** Widest day span counted in an array: about 270 years, 400 KB of ints per segment at most. */
    static final int DENSE_DAYS = 100_000;

    private final Map<Long, Long> days = new HashMap<>();
    private long undated;
    private SortedNumericDocValues published;
    private int[] dense;
    private long firstDay;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      finish();
      published = DocValues.getSortedNumeric(context.reader(), Schema.PUBLISHED);
      PointValues points = context.reader().getPointValues(Schema.PUBLISHED);
      if (points != null) {
        long min = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
        long max = LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
        if (max - min < DENSE_DAYS) {
          firstDay = min;
          dense = new int[(int) (max - min + 1)];
        }
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!published.advanceExact(doc)) {
        undated++;
        return;
      }
      long day = published.nextValue();
      long offset = day - firstDay;
      if (dense != null && offset >= 0 && offset < dense.length) {
        dense[(int) offset]++;
      } else {
        days.merge(day, 1L, Long::sum);
      }
    }

    /**
     * Folds the segment's array into the day map. Lucene calls this at the end of each segment; the next
     * segment and {@link #reduce} call it too, for drill-sideways scoring that may not.
     */
    @Override
    public void finish() {
      if (dense != null) {
        for (int i = 0; i < dense.length; i++) {
          if (dense[i] != 0) {
            days.merge(firstDay + i, (long) dense[i], Long::sum);
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
