package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.search.Query;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.investigate.Network;
import org.morgue.server.search.investigate.NetworkRequest;

/**
 * The co-occurrence network of a result set in one pass over the matching stories' facet ordinals: the
 * pass counts every name of the requested types and keeps each story's names of those types in one flat
 * int array (a few ints a story: 6 MB for 100,000 stories with 15 names each), so the pairs among the
 * chosen nodes are counted from memory afterwards instead of by a second pass over the index. No stored
 * field is read; only the chosen nodes' names are looked up.
 */
final class CooccurrenceNetwork {

  private final Schema schema;
  private final ArchiveSearcher searcher;
  private final EntityLabels labels;

  CooccurrenceNetwork(Schema schema, ArchiveSearcher searcher, EntityLabels labels) {
    this.schema = schema;
    this.searcher = searcher;
    this.labels = labels;
  }

  Network run(NetworkRequest request, Query text) throws IOException {
    FacetsCollector hits = searcher.search(
        SearchExecution.filtered(schema, request.search(), text), new FacetsCollectorManager());
    if (searcher.facetState().isEmpty()) {
      return new Network(OrdinalPass.run(null, hits, (doc, ords, n) -> {}), List.of(), List.of());
    }
    SortedSetDocValuesReaderState state = searcher.facetState().get();
    OrdinalRanking ranking = new OrdinalRanking(state, searcher.facetOrder(), labels);
    boolean[] wanted = new boolean[state.getSize()];
    for (String type : request.types()) {
      OrdRange range = ranking.range(type);
      if (range != null) {
        Arrays.fill(wanted, range.start(), range.end() + 1, true);
      }
    }
    int[] counts = new int[state.getSize()];
    Names names = new Names();
    long stories = OrdinalPass.run(state, hits, (doc, ords, n) -> {
      for (int i = 0; i < n; i++) {
        if (wanted[ords[i]]) {
          counts[ords[i]]++;
          names.add(ords[i]);
        }
      }
      names.endStory();
    });
    List<int[]> chosen = chosen(request, ranking, counts);
    int[] nodeOf = new int[state.getSize()];
    Arrays.fill(nodeOf, -1);
    List<Network.Node> nodes = new ArrayList<>();
    for (int[] typeAndOrd : chosen) {
      String type = request.types().get(typeAndOrd[0]);
      int ord = typeAndOrd[1];
      nodeOf[ord] = nodes.size();
      nodes.add(new Network.Node(type, ranking.value(ord), ranking.label(type, ord), counts[ord]));
    }
    return new Network(stories, nodes, edges(names, nodeOf, nodes, stories));
  }

  /** The {@code size} most counted names of the requested types: count, then type order, then display order. */
  private static List<int[]> chosen(NetworkRequest request, OrdinalRanking ranking, int[] counts) {
    List<int[]> all = new ArrayList<>();
    for (int t = 0; t < request.types().size(); t++) {
      for (int ord : ranking.ranked(request.types().get(t), counts)) {
        all.add(new int[] {t, ord});
      }
    }
    all.sort(Comparator.<int[]>comparingInt(e -> -counts[e[1]])
        .thenComparingInt(e -> e[0])
        .thenComparingInt(e -> ranking.rank(e[1])));
    return all.subList(0, Math.min(request.size(), all.size()));
  }

  private static List<Network.Edge> edges(
      Names names, int[] nodeOf, List<Network.Node> nodes, long stories) {
    int n = nodes.size();
    int[] shared = new int[n * n];
    int[] present = new int[n];
    for (int s = 0; s < names.stories; s++) {
      int k = 0;
      for (int i = names.starts[s]; i < names.starts[s + 1]; i++) {
        int node = nodeOf[names.ords[i]];
        if (node >= 0) {
          present[k++] = node;
        }
      }
      Arrays.sort(present, 0, k);
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          shared[present[i] * n + present[j]]++;
        }
      }
    }
    List<Network.Edge> edges = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        int both = shared[a * n + b];
        if (both > 0) {
          edges.add(new Network.Edge(
              a,
              b,
              both,
              EntityProfiles.rounded(
                  EntityProfiles.lift(both, nodes.get(a).count(), nodes.get(b).count(), stories))));
        }
      }
    }
    edges.sort(Comparator.comparingLong(Network.Edge::count)
        .reversed()
        .thenComparingInt(Network.Edge::source)
        .thenComparingInt(Network.Edge::target));
    return edges;
  }

  /** Each story's wanted ordinals, back to back: story {@code s} holds {@code ords[starts[s]..starts[s+1])}. */
  private static final class Names {
    private int[] ords = new int[1024];
    private int[] starts = new int[257];
    private int size;
    private int stories;

    void add(int ord) {
      if (size == ords.length) {
        ords = Arrays.copyOf(ords, size * 2);
      }
      ords[size++] = ord;
    }

    void endStory() {
      if (stories + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[++stories] = size;
    }
  }
}
