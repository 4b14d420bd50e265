package org.morgue.server.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.QueryBuilder;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.SearchResponse.Hit;
import org.morgue.server.search.SimilarRequest;
import org.morgue.server.search.SimilarResponse;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.StoryNotFoundException;

/**
 * More-like-this for one story: the body's most distinctive terms (Lucene's {@link MoreLikeThis}) and
 * the story's entities, each a boosted phrase on its entity field, so stories about the same people,
 * organisations and places rank above stories that merely share vocabulary. The story and its own copies
 * are left out, and each other copy group appears once, by its best-ranked member.
 */
final class SimilarStories {

  /**
   * An entity in common counts about as much as a few shared distinctive words: the tagger's names
   * are the strongest signal of "the same story" an archive has.
   */
  static final float ENTITY_BOOST = 2f;
  /** Distinctive body terms kept; more only adds noise and cost. */
  static final int MAX_QUERY_TERMS = 25;
  /** A term in more than this share of stories says nothing about what a story is about. */
  static final int MAX_DOC_FREQ_PCT = 50;

  /** How deep the ranked list is read for distinct groups; no group has this many copies in the top ranks. */
  static final int MAX_DEPTH = 6_400;

  private final Schema schema;
  private final ArchiveSearcher searcher;
  private final EntityLabels labels;

  SimilarStories(Schema schema, ArchiveSearcher searcher, EntityLabels labels) {
    this.schema = schema;
    this.searcher = searcher;
    this.labels = labels;
  }

  SimilarResponse run(SimilarRequest request) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, request.id())), 1);
    if (found.scoreDocs.length == 0) {
      throw new StoryNotFoundException(request.id());
    }
    org.apache.lucene.document.Document stored =
        searcher.storedFields().document(found.scoreDocs[0].doc);
    IndexedStory story = schema.fromDocument(stored);
    Query query = new BooleanQuery.Builder()
        .add(query(story), BooleanClause.Occur.MUST)
        // Its own copies are the same story, not a related one: they are listed under versions.
        .add(
            new TermQuery(new Term(Schema.COPY_GROUP, schema.copyOf(stored).group())),
            BooleanClause.Occur.MUST_NOT)
        .build();
    List<Hit> hits = new ArrayList<>(request.size());
    for (ScoreDoc doc : onePerGroup(query, request.size())) {
      EventLookup events = new EventLookup(schema, searcher);
      org.apache.lucene.document.Document likeDoc = searcher.storedFields().document(doc.doc);
      IndexedStory like = schema.fromDocument(likeDoc);
      Story s = like.story();
      hits.add(new Hit(
          s.id(),
          s.title(),
          MarkFormatter.escape(s.title()),
          s.published().map(PubDate::iso).orElse(null),
          s.source(),
          s.byline(),
          s.url(),
          (Float) ((FieldDoc) doc).fields[0],
          s.body().isBlank() ? List.of() : List.of(MarkFormatter.lead(s.body())),
          SearchExecution.entityLabels(like.entities(), labels),
          schema.copyOf(likeDoc).versions(),
          events.ref(likeDoc)));
    }
    return new SimilarResponse(request.id(), hits);
  }

  /**
   * The best-ranked story of each copy group, up to {@code size} of them: five copies of one wire story
   * are one related story, not five. The ranked list is read deeper (doubling) until enough groups
   * turn up or the matches run out.
   */
  private List<ScoreDoc> onePerGroup(Query query, int size) throws IOException {
    for (int depth = size * 4; ; depth *= 2) {
      TopFieldDocs top = searcher.search(
          query,
          new TopFieldCollectorManager(
              SearchExecution.sort(SortOrder.RELEVANCE), depth, null, depth));
      Set<String> groups = new HashSet<>();
      List<ScoreDoc> kept = new ArrayList<>(size);
      for (ScoreDoc doc : top.scoreDocs) {
        if (groups.add(schema.copyOf(searcher.storedFields().document(doc.doc)).group())) {
          kept.add(doc);
          if (kept.size() == size) {
            return kept;
          }
        }
      }
      if (top.scoreDocs.length < depth || depth >= MAX_DEPTH) {
        return kept;
      }
    }
  }

  private Query query(IndexedStory story) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(schema.analyzer());
    mlt.setFieldNames(new String[] {Schema.BODY});
    // A word used once in a short wire story can still be its subject; one other story must share
    // it.
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PCT);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Query body = mlt.like(Schema.BODY, new StringReader(story.story().body()));
    if (!(body instanceof BooleanQuery empty && empty.clauses().isEmpty())) {
      query.add(body, BooleanClause.Occur.SHOULD);
    }
    QueryBuilder phrases = new QueryBuilder(schema.analyzer());
    for (Entity entity : story.entities()) {
      // Entity fields hold the analysed canonical key, as the person:/org:/place: scopes search
      // them.
      Query phrase = phrases.createPhraseQuery(entity.type().facetName(), entity.key());
      if (phrase != null) {
        query.add(new BoostQuery(phrase, ENTITY_BOOST), BooleanClause.Occur.SHOULD);
      }
    }
    query.add(new TermQuery(new Term(Schema.ID, story.story().id())), BooleanClause.Occur.MUST_NOT);
    return query.build();
  }
}
