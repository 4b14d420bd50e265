package org.morgue.indexer.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.Story;

/**
 * The incremental path's event clustering: a story added by an update joins the event whose stored
 * stories it is most like, by the rebuild's measure (the average cosine to the event's stories, a
 * story not among the candidates counting 0), when that reaches the threshold; else it starts its own.
 * Candidates are the stories of the served build that share its heaviest terms within the time window,
 * weighed with the build's own document frequencies, so the cost is one small query and a few stored
 * stories whatever the archive's size. Stories of one update are not clustered with each other; the
 * next rebuild does that.
 */
public final class EventAssigner {

  /** Stored stories compared with a new one. */
  static final int CANDIDATES = 30;
  /** Terms of the new story the candidate query asks for. */
  static final int QUERY_TERMS = 12;

  private final Schema schema;
  private final EventParams params;

  public EventAssigner(Schema schema, EventParams params) {
    this.schema = schema;
    this.params = params;
  }

  /** The event id for a new story in the build the searcher reads: an existing event's, or the story's own. */
  public String assign(IndexSearcher searcher, Story story, List<Entity> entities)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<String, Integer> ids = new HashMap<>();
    List<String> byId = new ArrayList<>();
    EventVector vector = vector(reader, story, entities, ids, byId);
    if (vector.terms().length == 0) {
      return story.id();
    }
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    int asked = 0;
    for (int t : vector.top(vector.terms().length)) {
      String term = byId.get(t);
      // A word no stored body has weighs most (the rarest) and can find nothing: the query asks for
      // the heaviest words the build has. (With the story's own new words first, a follow-up report
      // found no candidates and started an event of its own: UpdateEventsTest.)
      if (asked < QUERY_TERMS
          && !term.startsWith(EventTerms.ENTITY_PREFIX)
          && reader.docFreq(new Term(Schema.BODY, term)) > 0) {
        terms.add(new TermQuery(new Term(Schema.BODY, term)), BooleanClause.Occur.SHOULD);
        asked++;
      }
    }
    Query query = terms.build();
    if (story.published().isPresent()) {
      long day = Schema.epochDay(story.published().get().date());
      query = new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST)
          .add(
              LongField.newRangeQuery(
                  Schema.PUBLISHED, day - params.windowDays(), day + params.windowDays()),
              BooleanClause.Occur.FILTER)
          .build();
    }
    int[] own = SharedEntities.keys(entities);
    Map<String, Double> sums = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, CANDIDATES).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      if (story.id().equals(doc.get(Schema.ID))) {
        continue;
      }
      IndexedStory stored = schema.fromDocument(doc);
      // As in a rebuild: two stories naming entities but none in common are no pair
      // (SharedEntities).
      double cos = SharedEntities.apart(own, SharedEntities.keys(stored.entities()))
          ? 0
          : vector.cosine(vector(reader, stored.story(), stored.entities(), ids, byId));
      sums.merge(schema.eventOf(doc), cos, Double::sum);
    }
    String best = story.id();
    double bestAverage = -1;
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(sums).entrySet()) {
      // Average link: the new story against every member of the event, the members not among the
      // candidates counting 0. Ties go to the smaller event id (the map is sorted).
      double average = e.getValue()
          / Math.max(1, searcher.count(new TermQuery(new Term(Schema.EVENT, e.getKey()))));
      if (average >= params.threshold() && average > bestAverage) {
        best = e.getKey();
        bestAverage = average;
      }
    }
    return best;
  }

  private EventVector vector(
      IndexReader reader,
      Story story,
      List<Entity> entities,
      Map<String, Integer> ids,
      List<String> byId)
      throws IOException {
    Map<String, Integer> counts =
        EventTerms.of(schema.analyzer(), story.title(), story.body(), entities);
    Map<String, Integer> df = new HashMap<>();
    for (String term : counts.keySet()) {
      df.put(
          term,
          term.startsWith(EventTerms.ENTITY_PREFIX)
              ? entityDf(reader, term)
              : reader.docFreq(new Term(Schema.BODY, term)));
    }
    return EventVector.of(
        counts,
        t -> ids.computeIfAbsent(t, x -> {
          byId.add(x);
          return byId.size() - 1;
        }),
        t -> df.get(t),
        reader.numDocs(),
        params.terms());
  }

  /** Stories naming an entity: its key's term in the entity field (a key of several words: its rarest word). */
  private static int entityDf(IndexReader reader, String term) throws IOException {
    String[] dimKey = term.substring(1).split(EventTerms.ENTITY_PREFIX, 2);
    int df = Integer.MAX_VALUE;
    for (String word : dimKey[1].split(" ")) {
      if (!word.isEmpty()) {
        df = Math.min(df, reader.docFreq(new Term(dimKey[0], word)));
      }
    }
    return df == Integer.MAX_VALUE ? 1 : df;
  }
}
