package org.morgue.server.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.SearchResponse;

/**
 * Counts matching stories per publication month from the {@link Schema#PUBLISHED} doc values (epoch
 * days), and those without a date. Run as the hit collector's sibling, it sees exactly the stories
 * that match the query and every filter.
 */
final class MonthHistogram implements CollectorManager<MonthHistogram.MonthCollector, SearchResponse.Dates> {

  @Override
  public MonthCollector newCollector() {
    return new MonthCollector();
  }

  @Override
  public SearchResponse.Dates reduce(Collection<MonthCollector> collectors) {
    Map<Integer, Long> months = new HashMap<>();
    long undated = 0;
    for (MonthCollector c : collectors) {
      c.months.forEach((month, count) -> months.merge(month, count, Long::sum));
      undated += c.undated;
    }
    List<SearchResponse.Bucket> buckets = new ArrayList<>();
    if (!months.isEmpty()) {
      int first = months.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
      int last = months.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
      // Months without stories are listed too, so the page can draw the bars on a true time axis.
      for (int m = first; m <= last; m++) {
        buckets.add(new SearchResponse.Bucket(key(m), months.getOrDefault(m, 0L)));
      }
    }
    return new SearchResponse.Dates(SearchResponse.Dates.MONTH, buckets, undated);
  }

  private static String key(int month) {
    return String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
  }

  /** Month number since year 0: consecutive months are consecutive integers. */
  private static int monthOf(long epochDay) {
    YearMonth ym = YearMonth.from(LocalDate.ofEpochDay(epochDay));
    return ym.getYear() * 12 + ym.getMonthValue() - 1;
  }

  /** Counts one slice of the index. */
  static final class MonthCollector extends SimpleCollector {
    private final Map<Integer, Long> months = new HashMap<>();
    private long undated;
    private SortedNumericDocValues published;
    private long lastDay = Long.MIN_VALUE;
    private int lastMonth;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      published = DocValues.getSortedNumeric(context.reader(), Schema.PUBLISHED);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!published.advanceExact(doc)) {
        undated++;
        return;
      }
      long day = published.nextValue();
      if (day != lastDay) {
        lastDay = day;
        lastMonth = monthOf(day);
      }
      months.merge(lastMonth, 1L, Long::sum);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
