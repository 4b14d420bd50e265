package org.morgue.indexer.events;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link agglomerative clustering over a sparse similarity graph: a missing pair counts as 0, so
 * two clusters merge when the sum of their members' pair similarities, divided by the product of their
 * sizes, is at or above the threshold. Average link rather than single link: one story about two
 * events (a roundup) must not chain them into one. Cost: each merge folds the smaller cluster's
 * neighbour sums into the larger one's, so a graph of E edges takes about E log E.
 */
final class AverageLink {

  private record Candidate(double average, int a, int b, int versionA, int versionB) {}

  private final int[] parent;
  private final int[] size;
  private final int[] version;
  private final Map<Integer, Map<Integer, Double>> sums = new HashMap<>();

  AverageLink(int n) {
    parent = new int[n];
    size = new int[n];
    version = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  void edge(int a, int b, double similarity) {
    sums.computeIfAbsent(a, k -> new HashMap<>()).merge(b, similarity, Double::sum);
    sums.computeIfAbsent(b, k -> new HashMap<>()).merge(a, similarity, Double::sum);
  }

  /** Merges while the best pair's average similarity reaches the threshold; returns each node's cluster root. */
  int[] cluster(double threshold) {
    PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.average() != y.average()
        ? Double.compare(y.average(), x.average())
        : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
    sums.forEach((a, neighbours) -> neighbours.forEach((b, sum) -> {
      if (a < b && sum >= threshold) {
        queue.add(new Candidate(sum, a, b, 0, 0));
      }
    }));
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      if (version[c.a()] != c.versionA()
          || version[c.b()] != c.versionB()
          || parent[c.a()] != c.a()
          || parent[c.b()] != c.b()) {
        continue;
      }
      int keep = sums.getOrDefault(c.a(), Map.of()).size()
              >= sums.getOrDefault(c.b(), Map.of()).size()
          ? c.a()
          : c.b();
      int gone = keep == c.a() ? c.b() : c.a();
      merge(keep, gone);
      Map<Integer, Double> neighbours = sums.getOrDefault(keep, Map.of());
      for (Map.Entry<Integer, Double> e : neighbours.entrySet()) {
        double average = e.getValue() / ((double) size[keep] * size[e.getKey()]);
        if (average >= threshold) {
          int a = Math.min(keep, e.getKey());
          int b = Math.max(keep, e.getKey());
          queue.add(new Candidate(average, a, b, version[a], version[b]));
        }
      }
    }
    int[] root = new int[parent.length];
    for (int i = 0; i < root.length; i++) {
      root[i] = find(i);
    }
    return root;
  }

  private void merge(int keep, int gone) {
    parent[gone] = keep;
    size[keep] += size[gone];
    version[keep]++;
    Map<Integer, Double> into = sums.computeIfAbsent(keep, k -> new HashMap<>());
    Map<Integer, Double> from = sums.remove(gone);
    into.remove(gone);
    if (from != null) {
      from.remove(keep);
      for (Map.Entry<Integer, Double> e : from.entrySet()) {
        into.merge(e.getKey(), e.getValue(), Double::sum);
        Map<Integer, Double> other = sums.get(e.getKey());
        Double toGone = other.remove(gone);
        other.merge(keep, toGone, Double::sum);
      }
    }
  }

  private int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
