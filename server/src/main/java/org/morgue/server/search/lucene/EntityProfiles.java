package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldDocs;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.DateInterval;
import org.morgue.server.search.SearchResponse;
import org.morgue.server.search.SortOrder;
import org.morgue.server.search.investigate.Cooccurrence;
import org.morgue.server.search.investigate.EntityProfile;
import org.morgue.server.search.investigate.EntityRef;
import org.morgue.server.search.investigate.Outlet;
import org.morgue.server.search.investigate.SearchUrls;
import org.morgue.server.search.investigate.UnknownEntityException;

/**
 * Builds an {@link EntityProfile}: one search for the entity's stories collects their facet ordinals and
 * date histogram together; co-occurrence counts come from those ordinals and lift from the archive-wide
 * counts of {@link ArchiveCounts}. Only the variants read stored fields, of the newest
 * {@link EntityProfile#VARIANT_STORIES} stories.
 */
final class EntityProfiles {

  private final Schema schema;
  private final ArchiveSearcher searcher;
  private final EntityLabels labels;
  private final ArchiveCounts archive;

  EntityProfiles(
      Schema schema, ArchiveSearcher searcher, EntityLabels labels, ArchiveCounts archive) {
    this.schema = schema;
    this.searcher = searcher;
    this.labels = labels;
    this.archive = archive;
  }

  EntityProfile run(EntityRef entity) throws IOException {
    SortedSetDocValuesReaderState state =
        searcher.facetState().orElseThrow(() -> new UnknownEntityException(entity));
    OrdinalRanking ranking = new OrdinalRanking(state, searcher.facetOrder(), labels);
    int self = ranking.ordinal(entity.type(), entity.value());
    if (self < 0) {
      throw new UnknownEntityException(entity);
    }
    DrillDownQuery query = new DrillDownQuery(schema.facetsConfig());
    query.add(entity.type(), entity.value());
    Object[] collected = searcher.search(
        query,
        new MultiCollectorManager(
            new FacetsCollectorManager(), new DateHistogram(DateInterval.AUTO)));
    int[] counts = new int[state.getSize()];
    long stories = OrdinalPass.run(state, (FacetsCollector) collected[0], (doc, ords, n) -> {
      for (int i = 0; i < n; i++) {
        counts[ords[i]]++;
      }
    });
    SearchResponse.Dates dates = (SearchResponse.Dates) collected[1];
    int[] everywhere = archive.of(searcher, state);
    long archiveSize = searcher.getIndexReader().numDocs();
    Map<String, List<Cooccurrence>> byCount = new LinkedHashMap<>();
    Map<String, List<Cooccurrence>> byLift = new LinkedHashMap<>();
    for (String type : EntityRef.TYPES) {
      List<Integer> ranked = ranking.ranked(type, counts);
      ranked.remove(Integer.valueOf(self));
      byCount.put(
          type, listed(entity, type, ranked, counts, stories, everywhere, archiveSize, ranking));
      List<Integer> supported = new ArrayList<>(ranked.stream()
          .filter(ord -> counts[ord] >= EntityProfile.MIN_LIFT_COUNT)
          .toList());
      supported.sort(Comparator.<Integer>comparingDouble(
              ord -> -lift(counts[ord], stories, everywhere[ord], archiveSize))
          .thenComparing(ranking.byCount(counts)));
      byLift.put(
          type, listed(entity, type, supported, counts, stories, everywhere, archiveSize, ranking));
    }
    List<Outlet> outlets = new ArrayList<>();
    for (int ord : ranking.ranked(Schema.SOURCE, counts)) {
      if (outlets.size() == EntityProfile.OUTLETS) {
        break;
      }
      outlets.add(new Outlet(ranking.value(ord), counts[ord]));
    }
    Variants variants = variants(query, entity);
    return new EntityProfile(
        entity.type(),
        entity.value(),
        labels.label(entity.type(), entity.value()),
        variants.forms(),
        variants.aliases(),
        variants.read(),
        stories,
        dates.min(),
        dates.max(),
        dates,
        outlets,
        byCount,
        byLift,
        SearchUrls.of(entity));
  }

  private static List<Cooccurrence> listed(
      EntityRef entity,
      String type,
      List<Integer> ords,
      int[] counts,
      long stories,
      int[] everywhere,
      long archiveSize,
      OrdinalRanking ranking)
      throws IOException {
    List<Cooccurrence> out = new ArrayList<>();
    for (int ord : ords.subList(0, Math.min(EntityProfile.LISTED, ords.size()))) {
      EntityRef other = new EntityRef(type, ranking.value(ord));
      out.add(new Cooccurrence(
          type,
          other.value(),
          ranking.label(type, ord),
          counts[ord],
          rounded(lift(counts[ord], stories, everywhere[ord], archiveSize)),
          SearchUrls.shared(entity, other)));
    }
    return out;
  }

  /** {@code c_ab · D / (c_a · c_b)}: 1 when the two names meet as often as chance would have them. */
  static double lift(long both, long storiesOfA, long storiesOfB, long archiveSize) {
    return storiesOfA == 0 || storiesOfB == 0
        ? 0
        : (double) both * archiveSize / ((double) storiesOfA * storiesOfB);
  }

  /** Three decimals, so answers compare exactly and JSON stays short. */
  static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private record Variants(List<String> forms, List<String> aliases, int read) {}

  /** Surface forms (most stories first, ties alphabetical) and aliases from the newest stories' stored mentions. */
  private Variants variants(DrillDownQuery query, EntityRef entity) throws IOException {
    TopFieldDocs newest = searcher.search(
        query, EntityProfile.VARIANT_STORIES, SearchExecution.sort(SortOrder.NEWEST));
    Map<String, Integer> forms = new HashMap<>();
    Set<String> aliases = new LinkedHashSet<>();
    for (ScoreDoc hit : newest.scoreDocs) {
      for (Entity e :
          schema.fromDocument(searcher.storedFields().document(hit.doc)).entities()) {
        if (e.type().facetName().equals(entity.type()) && e.key().equals(entity.value())) {
          forms.merge(e.display(), 1, Integer::sum);
          aliases.addAll(e.aliases());
        }
      }
    }
    List<String> sorted = new ArrayList<>(forms.keySet());
    sorted.sort(Comparator.<String>comparingInt(f -> -forms.get(f))
        .thenComparing(Comparator.naturalOrder()));
    return new Variants(sorted, aliases.stream().sorted().toList(), newest.scoreDocs.length);
  }
}
