package org.morgue.server.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.StoryView;

/**
 * Every match of a query in one document's title and body, as character ranges. It is the snippet
 * highlighter's machinery (postings offsets, the search's own query) with the whole field as the one
 * passage, so the story view marks exactly what made the story a hit, stems and phrases included.
 */
final class QueryHitFinder extends UnifiedHighlighter {

  private static final String[] FIELDS = {Schema.TITLE, Schema.BODY};

  QueryHitFinder(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new RangeFormatter())
        // A story's full text: the default of 10,000 characters would leave later hits unmarked.
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaskedFieldsFunc(Highlighting::exactTwin));
  }

  /** Title and body ranges of the document, in text order; empty lists where nothing matched. */
  List<List<StoryView.Mention>> find(Query query, int docId) throws IOException {
    Map<String, Object[]> found =
        highlightFieldsAsObjects(FIELDS, query, new int[] {docId}, new int[] {1, 1});
    return List.of(ranges(found.get(Schema.TITLE)), ranges(found.get(Schema.BODY)));
  }

  @SuppressWarnings("unchecked")
  private static List<StoryView.Mention> ranges(Object[] values) {
    return values == null || values[0] == null ? List.of() : (List<StoryView.Mention>) values[0];
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return new WholeBreakIterator();
  }

  @Override
  protected int getMaxNoHighlightPassages(String field) {
    return 0;
  }

  /** Collects the match offsets of the passages instead of formatting text. */
  private static final class RangeFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<StoryView.Mention> out = new ArrayList<>();
      for (Passage p : passages) {
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = Math.min(p.getMatchEnds()[i], content.length());
          // Overlapping matches (a term inside a matched phrase) are joined into one range.
          if (!out.isEmpty() && start < out.get(out.size() - 1).end()) {
            StoryView.Mention last = out.remove(out.size() - 1);
            out.add(new StoryView.Mention(last.start(), Math.max(last.end(), end)));
          } else if (start < end) {
            out.add(new StoryView.Mention(start, end));
          }
        }
      }
      return out;
    }
  }
}
