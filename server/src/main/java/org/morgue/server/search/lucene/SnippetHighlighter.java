package org.morgue.server.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.morgue.indexer.index.Schema;

/**
 * The unified highlighter over the title and body, reading offsets from the postings. The title is
 * highlighted whole (one passage, even without a match); the body yields up to
 * {@link #BODY_PASSAGES} sentence passages, or nothing when the query matched only elsewhere.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  static final int BODY_PASSAGES = 3;
  /** Target passage length in characters, met at sentence boundaries. */
  static final int PASSAGE_CHARS = 160;
  /** Where the match sits in a passage grown to the target: 0.5 centres it. */
  private static final float PASSAGE_ALIGNMENT = 0.5f;
  /**
   * Characters of a field the highlighter looks at. Lucene's default of 10,000 leaves matches deep in
   * long stories unhighlighted; only the page's hits are highlighted, so reading more is affordable.
   */
  private static final int MAX_LENGTH = 1_000_000;

  private static final String[] FIELDS = {Schema.TITLE, Schema.BODY};

  /** Doc id → stored document of the call to {@link #highlight} under way; one highlighter serves one search. */
  private Map<Integer, Document> loaded = Map.of();

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkFormatter())
        .withScorer(new PassageScoring())
        .withMaxLength(MAX_LENGTH)
        .withMaskedFieldsFunc(Highlighting::exactTwin));
  }

  /**
   * Title and body highlights of the given documents, whose stored fields the caller has already read:
   * the highlighter takes the text from {@code stored} instead of decompressing each document again.
   *
   * @param stored the stored documents, in the order of {@code docIds}
   */
  Highlights highlight(Query query, int[] docIds, Document[] stored) throws IOException {
    loaded = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      loaded.put(docIds[i], stored[i]);
    }
    int[] passages = {1, BODY_PASSAGES};
    Map<String, Object[]> result = highlightFieldsAsObjects(FIELDS, query, docIds, passages);
    return new Highlights(result.get(Schema.TITLE), result.get(Schema.BODY));
  }

  /**
   * The stored documents of the hits, in the given order, each read once through one reader: the
   * highlighter and the hit list share them, so no document is decompressed twice.
   */
  static Document[] load(ArchiveSearcher searcher, int[] docIds) throws IOException {
    Document[] stored = new Document[docIds.length];
    StoredFieldsPool pool = searcher.storedFieldsPool();
    StoredFields fields = pool.take();
    // In doc id order, so hits in one compressed block can reuse the reader's last decompressed
    // block.
    Integer[] byDoc = new Integer[docIds.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docIds[i]));
    try {
      for (int i : byDoc) {
        stored[i] = fields.document(docIds[i]);
      }
    } finally {
      pool.give(fields);
    }
    return stored;
  }

  /** The field values from the documents given to {@link #highlight}, cut at the maximum length as Lucene's loader does. */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    // The highlighter's iterator is unpositioned (its docID() is already NO_MORE_DOCS): nextDoc()
    // first.
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      Document stored = loaded.get(doc);
      CharSequence[] row = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String value = stored.get(fields[f]);
        row[f] = value == null
            ? ""
            : value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
      }
      values.add(row);
    }
    return values;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    if (Schema.TITLE.equals(field)) {
      return new WholeBreakIterator();
    }
    // Sentence passages alone can be a few words ("U.S." ends a "sentence"); growing them to about
    // a tweet's length at sentence boundaries gives a snippet a journalist can read in context.
    // SentenceBreaks, not the JDK's sentence instance: same rules, without its re-reading of the
    // story from the start for every match.
    return LengthGoalBreakIterator.createClosestToLength(
        new SentenceBreaks(), PASSAGE_CHARS, PASSAGE_ALIGNMENT);
  }

  @Override
  protected int getMaxNoHighlightPassages(String field) {
    return Schema.TITLE.equals(field) ? 1 : 0;
  }

  /** Per-document formatter output, in the order of the doc ids given; null where nothing matched. */
  record Highlights(Object[] titles, Object[] bodies) {
    String title(int i, String fallback) {
      List<String> passages = passages(titles, i);
      return passages.isEmpty() ? MarkFormatter.escape(fallback) : passages.get(0);
    }

    List<String> body(int i, String fallback) {
      List<String> passages = passages(bodies, i);
      if (!passages.isEmpty()) {
        return passages;
      }
      return fallback.isBlank() ? List.of() : List.of(MarkFormatter.lead(fallback));
    }

    @SuppressWarnings("unchecked")
    private static List<String> passages(Object[] values, int i) {
      if (values == null || values[i] == null) {
        return List.of();
      }
      return (List<String>) values[i];
    }
  }
}
