package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Wraps a query so that its matches stop when the {@link Deadline} passes: the iterator then reports
 * no more documents and the deadline records the cut, so the search finishes normally with what it
 * collected so far. Lucene's own {@code IndexSearcher.setTimeout} cannot be used because its
 * time-limited bulk scorer refuses drill-sideways scoring, which every filtered search uses; a limit
 * on the query's iterator works under any collector, drill-sideways included.
 */
final class TimeLimitedQuery extends Query {

  /** Matches between two looks at the clock: a clock read per document would cost more than scoring. */
  private static final int CHECK_EVERY = 256;

  private final Query in;
  private final Deadline deadline;

  TimeLimitedQuery(Query in, Deadline deadline) {
    this.in = Objects.requireNonNull(in, "in");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? this : new TimeLimitedQuery(rewritten, deadline);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, boost);
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        if (supplier == null) {
          return null;
        }
        // Only get() is passed on: the inner supplier's own bulk scorer would bypass the limited
        // iterator.
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new LimitedScorer(supplier.get(leadCost));
          }

          @Override
          public long cost() {
            return supplier.cost();
          }
        };
      }

      @Override
      public int count(LeafReaderContext context) {
        return -1; // a shortcut count would skip the clock
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  /** A scorer whose iteration ends at the deadline. Two-phase matching is folded into the iterator. */
  private final class LimitedScorer extends Scorer {
    private final Scorer scorer;
    private final DocIdSetIterator limited;

    LimitedScorer(Scorer scorer) {
      this.scorer = scorer;
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator matches =
          twoPhase == null ? scorer.iterator() : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
      this.limited = new LimitedIterator(matches);
    }

    @Override
    public int docID() {
      return limited.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return limited;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return scorer.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return scorer.getMaxScore(upTo);
    }

    @Override
    public float score() throws IOException {
      return scorer.score();
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      scorer.setMinCompetitiveScore(minScore);
    }
  }

  private final class LimitedIterator extends DocIdSetIterator {
    private final DocIdSetIterator in;
    private int calls;
    private boolean stopped;

    LimitedIterator(DocIdSetIterator in) {
      this.in = in;
    }

    @Override
    public int docID() {
      return stopped ? NO_MORE_DOCS : in.docID();
    }

    @Override
    public int nextDoc() throws IOException {
      return expired() ? NO_MORE_DOCS : in.nextDoc();
    }

    @Override
    public int advance(int target) throws IOException {
      return expired() ? NO_MORE_DOCS : in.advance(target);
    }

    @Override
    public long cost() {
      return in.cost();
    }

    private boolean expired() {
      if (!stopped && calls++ % CHECK_EVERY == 0 && deadline.cut()) {
        stopped = true;
      }
      return stopped;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return in.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && in.equals(((TimeLimitedQuery) other).in)
        && deadline == ((TimeLimitedQuery) other).deadline;
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + in.hashCode();
  }
}
