package org.morgue.indexer.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.story.Story;

/**
 * Clusters a whole archive into events, as a rebuild reads it. {@link #add} (first read, any thread)
 * keeps each story's term counts under a shared term dictionary; {@link #cluster} weighs them by the
 * archive's document frequencies, pairs stories that share one of their heaviest selective terms within
 * the time window (and, when both name entities, at least one of them: {@link SharedEntities}), and
 * merges clusters by average link ({@link AverageLink}).
 *
 * <p>Memory: at most {@link #KEPT_TERMS} term ids and counts per story (about 400 bytes), and the
 * dictionary of distinct terms.
 */
public final class EventClusterer {

  /** Raw counts kept per story: the most frequent terms (the weighting keeps {@code params.terms()} of them). */
  static final int KEPT_TERMS = 64;
  /** Terms of a story through which it finds its candidates: all it keeps (fewer lost pairs than eight on the seeds). */
  static final int PROBE_TERMS = 40;
  /** Candidate pairs below this cosine are dropped: they count as 0 in the average link anyway. */
  static final double MIN_EDGE = 0.05;

  private record Raw(String id, long day, int[] terms, int[] counts, int[] entities) {}

  private final Analyzer analyzer;
  private final EventParams params;
  private final Map<String, Integer> dictionary = new ConcurrentHashMap<>();
  private final AtomicInteger nextTerm = new AtomicInteger();
  private final Map<Integer, Raw> raws = new ConcurrentHashMap<>();
  private EventVector[] clustered = new EventVector[0];
  /** Candidate pairs at or above this cosine are kept for {@link #closePairs} (above 1: none kept). */
  private final double closeCosine;

  private final List<int[]> close = new ArrayList<>();

  public EventClusterer(Analyzer analyzer, EventParams params) {
    this(analyzer, params, 2);
  }

  /** @param closeCosine keep the candidate pairs at or above this cosine (reworded versions look among them) */
  public EventClusterer(Analyzer analyzer, EventParams params, double closeCosine) {
    this.analyzer = analyzer;
    this.params = params;
    this.closeCosine = closeCosine;
  }

  /**
   * After {@link #cluster}: the candidate pairs (read positions, {@code a < b}) whose cosine reached the
   * close cosine, in the order found. They are the pairs of the time window that share the most vocabulary.
   */
  public List<int[]> closePairs() {
    return List.copyOf(close);
  }

  /** Events larger than this give only their close pairs to {@link #pairsSharingVocabulary}: a bounded cost. */
  static final int MAX_EVENT_PAIRS_SIZE = 60;
  /** See {@link #capPerStory}: a story is compared with at most this many others for reworded versions. */
  static final int MAX_PAIRS_PER_STORY = 4;

  /**
   * After {@link #cluster}: the close pairs, and the pairs of stories in one event (of at most
   * {@value #MAX_EVENT_PAIRS_SIZE} stories) whose cosine reaches the close cosine though they are further
   * apart than the window (a rewrite filed weeks later joins its original's event through the reports
   * between them). Each pair once, {@code a < b}, sorted.
   */
  public List<int[]> pairsSharingVocabulary(EventGroups groups) {
    java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
    close.forEach(p -> pairs.add((long) p[0] << 32 | p[1]));
    groups.members().values().stream()
        .filter(m -> m.size() > 1 && m.size() <= MAX_EVENT_PAIRS_SIZE)
        .forEach(m -> {
          for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
              int a = Math.min(m.get(i), m.get(j));
              int b = Math.max(m.get(i), m.get(j));
              if (clustered[a].cosine(clustered[b]) >= closeCosine) {
                pairs.add((long) a << 32 | b);
              }
            }
          }
        });
    return capPerStory(pairs.stream()
        .map(k -> new int[] {(int) (k >>> 32), (int) (long) k})
        .toList());
  }

  /**
   * Each story's {@value #MAX_PAIRS_PER_STORY} closest partners (by event-vector cosine): a pair stays when
   * it is among the closest of either story, so at most {@value #MAX_PAIRS_PER_STORY} pairs per story
   * are compared in all. Without it a formula-heavy archive (Reuters-21578's daily price and earnings items) gave
   * one story dozens of partners and the build did not finish embedding them (docs/events.md).
   */
  private List<int[]> capPerStory(List<int[]> pairs) {
    // One cosine per pair, not one per comparison of the sorts below.
    Map<int[], Double> cosine = new IdentityHashMap<>();
    Map<Integer, List<int[]>> byStory = new HashMap<>();
    for (int[] p : pairs) {
      cosine.put(p, clustered[p[0]].cosine(clustered[p[1]]));
      byStory.computeIfAbsent(p[0], x -> new ArrayList<>()).add(p);
      byStory.computeIfAbsent(p[1], x -> new ArrayList<>()).add(p);
    }
    Set<int[]> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<int[]> own : byStory.values()) {
      // Closest first; ties by the other positions so the choice does not depend on the order
      // found.
      own.sort(Comparator.<int[]>comparingDouble(p -> -cosine.get(p))
          .thenComparingInt(p -> p[0])
          .thenComparingInt(p -> p[1]));
      kept.addAll(own.subList(0, Math.min(MAX_PAIRS_PER_STORY, own.size())));
    }
    return pairs.stream().filter(kept::contains).toList();
  }

  public EventParams params() {
    return params;
  }

  /** First read: the story's term counts, kept by position. Thread-safe. */
  public void add(long position, Story story, List<Entity> entities) {
    Map<String, Integer> counts = EventTerms.of(analyzer, story.title(), story.body(), entities);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> b.getValue() - a.getValue());
    int n = Math.min(KEPT_TERMS, entries.size());
    int[] terms = new int[n];
    int[] tf = new int[n];
    for (int i = 0; i < n; i++) {
      terms[i] =
          dictionary.computeIfAbsent(entries.get(i).getKey(), t -> nextTerm.getAndIncrement());
      tf[i] = entries.get(i).getValue();
    }
    long day = story.published().map(d -> d.date().toEpochDay()).orElse(Long.MAX_VALUE);
    raws.put(
        Math.toIntExact(position),
        new Raw(story.id(), day, terms, tf, SharedEntities.keys(entities)));
  }

  /** Clusters every story added; call after the first read. */
  public EventGroups cluster() {
    int size = raws.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int[] df = new int[nextTerm.get()];
    raws.values().forEach(r -> Arrays.stream(r.terms()).forEach(t -> df[t]++));
    EventVector[] vectors = new EventVector[size];
    long[] days = new long[size];
    String[] ids = new String[size];
    int[][] entities = new int[size][];
    Arrays.fill(vectors, EventVector.EMPTY);
    Arrays.fill(entities, new int[0]);
    raws.forEach((p, r) -> {
      Map<Integer, Integer> counts = new HashMap<>();
      for (int i = 0; i < r.terms().length; i++) {
        counts.put(r.terms()[i], r.counts()[i]);
      }
      vectors[p] = EventVector.of(counts, t -> t, t -> df[t], raws.size(), params.terms());
      days[p] = r.day();
      ids[p] = r.id();
      entities[p] = r.entities();
    });
    raws.clear();
    clustered = vectors;
    AverageLink link = new AverageLink(size);
    int edges = candidates(vectors, days, entities, df, link);
    int[] root = link.cluster(params.threshold());
    return EventGroups.of(root, ids, days, edges);
  }

  /** The cosine of two clustered stories' vectors, for the evaluation's report; call after {@link #cluster}. */
  public double similarity(long a, long b) {
    return clustered[Math.toIntExact(a)].cosine(clustered[Math.toIntExact(b)]);
  }

  /**
   * Pairs stories sharing a probe term no more frequent than a selective bound, within the window:
   * postings per term sorted by day, so each story walks only its window.
   */
  private int candidates(
      EventVector[] vectors, long[] days, int[][] entities, int[] df, AverageLink link) {
    int n = vectors.length;
    // A term in more than one story in 200 (and 50 at least) says little about which event: it
    // would
    // only add pairs, not events.
    int maxDf = Math.max(50, n / 200);
    Map<Integer, List<Integer>> postings = new HashMap<>();
    int[][] probes = new int[n][];
    for (int p = 0; p < n; p++) {
      probes[p] =
          Arrays.stream(vectors[p].top(PROBE_TERMS)).filter(t -> df[t] <= maxDf).toArray();
      for (int t : probes[p]) {
        postings.computeIfAbsent(t, x -> new ArrayList<>()).add(p);
      }
    }
    Map<Integer, int[]> sorted = new HashMap<>();
    postings.forEach((t, list) -> sorted.put(
        t,
        list.stream()
            .sorted((a, b) -> a.equals(b)
                ? 0
                : days[a] != days[b] ? Long.compare(days[a], days[b]) : Integer.compare(a, b))
            .mapToInt(Integer::intValue)
            .toArray()));
    int edges = 0;
    java.util.BitSet seen = new java.util.BitSet(n);
    List<Integer> touched = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      for (int t : probes[p]) {
        int[] list = sorted.get(t);
        // An undated story may be about any time: it is compared with every story, dated or not; a
        // dated one with the dated stories of its window and with the undated ones (sorted last).
        int undated = lowerBound(list, days, Long.MAX_VALUE);
        if (days[p] == Long.MAX_VALUE) {
          collect(list, 0, list.length, p, seen, touched);
        } else {
          int from = lowerBound(list, days, days[p] - params.windowDays());
          int to = lowerBound(list, days, days[p] + params.windowDays() + 1);
          collect(list, from, Math.min(to, undated), p, seen, touched);
          collect(list, undated, list.length, p, seen, touched);
        }
      }
      for (int q : touched) {
        double cos = vectors[p].cosine(vectors[q]);
        if (cos >= MIN_EDGE && !SharedEntities.apart(entities[p], entities[q])) {
          link.edge(p, q, cos);
          edges++;
        }
        if (cos >= closeCosine) {
          close.add(new int[] {p, q});
        }
        seen.clear(q);
      }
      touched.clear();
    }
    return edges;
  }

  private static void collect(
      int[] list, int from, int to, int p, java.util.BitSet seen, List<Integer> touched) {
    for (int i = from; i < to; i++) {
      int q = list[i];
      if (q > p && !seen.get(q)) {
        seen.set(q);
        touched.add(q);
      }
    }
  }

  private static int lowerBound(int[] list, long[] days, long day) {
    int lo = 0;
    int hi = list.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[list[mid]] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
