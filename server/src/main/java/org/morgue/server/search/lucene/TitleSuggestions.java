package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.SuggestResponse.Title;

/**
 * Titles for a typed prefix, found with a query on the title field: every complete word typed must be
 * in the title, and the word being typed (the last, unless a space follows it) must start a title word.
 * Titles are not held in memory: a million headlines would cost more heap than a query per keystroke
 * costs time. Re-filed copies share a title; each title is suggested once.
 */
public final class TitleSuggestions {

  /** Copies of one story share a title: look further than asked so duplicates do not shorten the list. */
  private static final int OVERFETCH = 4;

  private final Schema schema;
  private final ArchiveSearcher searcher;

  TitleSuggestions(Schema schema, ArchiveSearcher searcher) {
    this.schema = schema;
    this.searcher = searcher;
  }

  List<Title> matching(String prefix, int size) throws IOException {
    Query query = query(schema.analyzer(), prefix);
    if (query == null) {
      return List.of();
    }
    SortedNumericSortField newest =
        new SortedNumericSortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    Sort sort =
        new Sort(SortField.FIELD_SCORE, newest, new SortField(Schema.ID, SortField.Type.STRING));
    TopFieldDocs top =
        searcher.search(query, new TopFieldCollectorManager(sort, size * OVERFETCH, null, 1));
    List<Title> titles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Story story =
          schema.fromDocument(searcher.storedFields().document(hit.doc)).story();
      if (titles.size() < size
          && !story.title().isBlank()
          && seen.add(story.title().strip().toLowerCase(Locale.ROOT))) {
        titles.add(new Title(
            story.id(), story.title(), story.published().map(PubDate::iso).orElse(null)));
      }
    }
    return titles;
  }

  /**
   * The title query for a prefix; null when the prefix has no indexable word. The word being typed
   * matches either as a prefix of an indexed term (its folded, unstemmed form: {@code embass}) or as the
   * complete word (its analysed form: {@code embassies} is indexed as {@code embassy}).
   */
  public static Query query(Analyzer analyzer, String prefix) throws IOException {
    List<String> stems = new ArrayList<>();
    String lastRaw = null;
    try (TokenStream tokens = analyzer.tokenStream(Schema.TITLE, prefix)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stems.add(term.toString());
        lastRaw = prefix.substring(offset.startOffset(), offset.endOffset());
      }
      tokens.end();
    }
    if (stems.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean typing = !Character.isWhitespace(prefix.charAt(prefix.length() - 1));
    int complete = typing ? stems.size() - 1 : stems.size();
    for (int i = 0; i < complete; i++) {
      query.add(new TermQuery(new Term(Schema.TITLE, stems.get(i))), Occur.MUST);
    }
    if (typing) {
      String stem = stems.get(stems.size() - 1);
      Query word = new BooleanQuery.Builder()
          .add(
              new PrefixQuery(new Term(
                  Schema.TITLE, analyzer.normalize(Schema.TITLE, lastRaw).utf8ToString())),
              Occur.SHOULD)
          .add(new TermQuery(new Term(Schema.TITLE, stem)), Occur.SHOULD)
          .build();
      query.add(word, Occur.MUST);
    }
    return query.build();
  }
}
