package org.morgue.server.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.SortOrder;

/**
 * The recency blend of {@link SortOrder#RELEVANCE_RECENT}: the text score times
 * {@code FLOOR + (1 - FLOOR) * 2^(-age / HALF_LIFE_DAYS)}, the age counted from the newest story of the
 * reader rather than from today, so an archive that ended years ago still has a "recent" end.
 */
public final class RecencyBlend extends DoubleValuesSource {

  /** A year: news archives are browsed by year, and a year-old story is still "recent" coverage. */
  public static final double HALF_LIFE_DAYS = 365;
  /** No story loses more than half its score: relevance stays the main signal. */
  public static final double FLOOR = 0.5;

  private final long newestDay;

  RecencyBlend(long newestDay) {
    this.newestDay = newestDay;
  }

  /** The query as it should be scored for the order: blended for {@code relevance_recent}, else unchanged. */
  static Query apply(Query text, SortOrder sort, ReaderStats stats) {
    if (sort != SortOrder.RELEVANCE_RECENT || stats.dated() == 0) {
      return text;
    }
    return FunctionScoreQuery.boostByValue(text, new RecencyBlend(stats.maxDay()));
  }

  /** The factor for a story published on the epoch day; undated stories get the floor. */
  double factor(boolean dated, long day) {
    if (!dated) {
      return FLOOR;
    }
    double age = Math.max(0, newestDay - day);
    return FLOOR + (1 - FLOOR) * Math.pow(2, -age / HALF_LIFE_DAYS);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    SortedNumericDocValues days = DocValues.getSortedNumeric(ctx.reader(), Schema.PUBLISHED);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        boolean dated = days.advanceExact(doc);
        value = factor(dated, dated ? days.nextValue() : 0);
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, Schema.PUBLISHED);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(newestDay);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecencyBlend blend && blend.newestDay == newestDay;
  }

  @Override
  public String toString() {
    return "recency(newest=" + newestDay + ", halfLife=" + HALF_LIFE_DAYS + "d, floor=" + FLOOR
        + ")";
  }
}
