package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.Term;
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

  /** Stories whose outlets an event's reference counts (the first in index order); larger events are counted in full. */
  static final int MAX_READ = 500;

  private final Schema schema;
  private final ArchiveSearcher searcher;

  EventLookup(Schema schema, ArchiveSearcher searcher) {
    this.schema = schema;
    this.searcher = searcher;
  }

  /**
   * The event of a stored story: its id, stories and outlets.
   *
   * <p>One pass over the event's postings and the facet doc values, never a stored field: every hit of a
   * result page carries this, and reading each member story's stored {@code source} (a compressed block
   * decompressed per story) took 13.5% of the server's CPU samples over the bench's Reuters-21578 queries
   * (JFR), the largest part of their p50 rise once builds had events. A story's outlet is its
   * {@link Schema#SOURCE} facet value, written exactly when its stored source is not blank, so the
   * count is the same.
   */
  EventRef ref(Document doc) throws IOException {
    String id = schema.eventOf(doc);
    FacetsCollector members =
        searcher.search(new TermQuery(new Term(Schema.EVENT, id)), new FacetsCollectorManager());
    SortedSetDocValuesReaderState state = searcher.facetState().orElse(null);
    OrdRange sources = state == null ? null : state.getOrdRange(Schema.SOURCE);
    Set<Integer> outlets = new HashSet<>();
    int[] read = {0};
    long stories = OrdinalPass.run(state, members, (member, ords, n) -> {
      // In doc order, as the ranked read of the same term query (equal scores) listed them before.
      if (sources == null || read[0]++ >= MAX_READ) {
        return;
      }
      for (int i = 0; i < n; i++) {
        if (ords[i] >= sources.start() && ords[i] <= sources.end()) {
          outlets.add(ords[i]);
        }
      }
    });
    if (stories <= 1) {
      String source = doc.get(Schema.SOURCE);
      return new EventRef(id, 1, source == null || source.isBlank() ? 0 : 1);
    }
    return new EventRef(id, Math.toIntExact(stories), outlets.size());
  }

  /**
   * Every story of the event with this id; a story's id names its event too (a link from a story needs
   * no second request for its event's id).
   */
  EventView view(String requested, EntityLabels labels) throws IOException {
    String id = requested;
    ScoreDoc[] hits =
        searcher.search(new TermQuery(new Term(Schema.EVENT, id)), Integer.MAX_VALUE).scoreDocs;
    if (hits.length == 0) {
      ScoreDoc[] story = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
      if (story.length == 0) {
        throw StoryNotFoundException.noEvent(id);
      }
      id = schema.eventOf(searcher.storedFields().document(story[0].doc));
      hits =
          searcher.search(new TermQuery(new Term(Schema.EVENT, id)), Integer.MAX_VALUE).scoreDocs;
    }
    List<EventViews.Member> members = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      Document doc = searcher.storedFields().document(hit.doc);
      members.add(new EventViews.Member(
          schema.story(doc),
          schema.entityKeys(doc).stream()
              .map(k -> new EventViews.Entity(k.type().facetName(), k.key()))
              .toList()));
    }
    return EventViews.of(id, members, labels::label);
  }
}
