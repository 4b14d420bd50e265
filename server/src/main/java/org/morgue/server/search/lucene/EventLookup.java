package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.EventRef;
import org.morgue.server.search.EventView;
import org.morgue.server.search.EventViews;
import org.morgue.server.search.StoryNotFoundException;

/**
 * Event threads read from the index: an event is the stories whose {@link Schema#EVENT} term is its id,
 * so its size and outlets are counted when asked (an update that adds a story to an event rewrites no
 * other story).
 */
final class EventLookup {

  /** Stories read for an event's outlets on a result page; larger events are counted, outlets from these. */
  static final int MAX_READ = 500;
  private static final Set<String> SOURCE_ONLY = Set.of(Schema.SOURCE);

  private final Schema schema;
  private final IndexSearcher searcher;

  EventLookup(Schema schema, IndexSearcher searcher) {
    this.schema = schema;
    this.searcher = searcher;
  }

  /** The event of a stored story: its id, stories and outlets. */
  EventRef ref(Document doc) throws IOException {
    String id = schema.eventOf(doc);
    TermQuery query = new TermQuery(new Term(Schema.EVENT, id));
    int stories = searcher.count(query);
    if (stories <= 1) {
      String source = doc.get(Schema.SOURCE);
      return new EventRef(id, 1, source == null || source.isBlank() ? 0 : 1);
    }
    Set<String> outlets = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, MAX_READ).scoreDocs) {
      String source = searcher.storedFields().document(hit.doc, SOURCE_ONLY).get(Schema.SOURCE);
      if (source != null && !source.isBlank()) {
        outlets.add(source);
      }
    }
    return new EventRef(id, stories, outlets.size());
  }

  /**
   * Every story of the event with this id; a story's id names its event too (a link from a story needs
   * no second request for its event's id).
   */
  EventView view(String requested, EntityLabels labels) throws IOException {
    String id = requested;
    ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Schema.EVENT, id)), Integer.MAX_VALUE).scoreDocs;
    if (hits.length == 0) {
      ScoreDoc[] story = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
      if (story.length == 0) {
        throw StoryNotFoundException.noEvent(id);
      }
      id = schema.eventOf(searcher.storedFields().document(story[0].doc));
      hits = searcher.search(new TermQuery(new Term(Schema.EVENT, id)), Integer.MAX_VALUE).scoreDocs;
    }
    List<EventViews.Member> members = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      Document doc = searcher.storedFields().document(hit.doc);
      members.add(new EventViews.Member(schema.story(doc), schema.entityKeys(doc).stream()
          .map(k -> new EventViews.Entity(k.type().facetName(), k.key())).toList()));
    }
    return EventViews.of(id, members, labels::label);
  }
}
