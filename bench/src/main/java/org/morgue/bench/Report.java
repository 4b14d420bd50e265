package org.morgue.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders the measured results as markdown: indexing, latency, ratios, agreement and load, per corpus. */
final class Report {

  private Report() {}

  static String markdown(List<Results.Corpus> corpora, String machine, BenchConfig config) {
    StringBuilder md = new StringBuilder();
    md.append("Machine: ").append(machine).append('\n');
    md.append(String.format(
        Locale.ROOT,
        "Query runs: a warm-up of at least %d passes and %d s per system and client "
            + "count, then %d measured passes over the set; each query: top 10, 3 body snippets + highlighted title, top 50 "
            + "of every facet, month histogram. Morgue and bare Lucene passes (with --cluster also Morgue on OpenSearch and "
            + "the raw cluster requests) are interleaved, each after a collection of the harness's heap and a short pause; "
            + "Solr runs after them in its own JVM.%n",
        config.warmup(),
        config.warmupSeconds(),
        config.measured()));
    for (Results.Corpus c : corpora) {
      md.append("\n### ")
          .append(c.corpus().title())
          .append(" (")
          .append(c.corpus().shortName())
          .append(")\n\n");
      if (c.indexing().isEmpty()) {
        md.append("Indexes reused from an earlier run (--reuse): no indexing numbers.\n");
      } else {
        md.append("| indexing | stories | seconds | stories/s | index MB | peak RSS MB | how |\n");
        md.append("|---|--:|--:|--:|--:|--:|---|\n");
      }
      for (Results.Indexing i : c.indexing()) {
        md.append(String.format(
            Locale.ROOT,
            "| %s | %,d | %.1f | %,.0f | %.1f | %s | %s |%n",
            i.system(),
            i.stories(),
            i.seconds(),
            i.perSecond(),
            i.indexBytes() / 1e6,
            mb(i.peakRssBytes()),
            i.note()));
      }
      md.append('\n').append(String.format(Locale.ROOT, "%d queries. ", c.queries()));
      md.append(String.join("; ", c.agreement())).append(".\n\n");
      md.append("| search | clients | p50 ms | p95 ms | p99 ms | mean ms | queries/s | errors |\n");
      md.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
      for (Results.Query q : c.runs()) {
        Latencies l = q.latencies();
        md.append(String.format(
            Locale.ROOT,
            "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %d |%n",
            q.system(),
            q.clients(),
            l.p50Ms(),
            l.p95Ms(),
            l.p99Ms(),
            l.meanMs(),
            l.perSecond(),
            l.errors()));
      }
      md.append('\n');
      md.append(
          "| ratio | clients | p50 | p95 | p99 | mean | throughput |\n|---|--:|--:|--:|--:|--:|--:|\n");
      for (int clients : config.clients()) {
        for (List<String> pair : RATIOS) {
          Optional<Results.Query> m = c.run(pair.get(0), clients);
          Optional<Results.Query> p = c.run(pair.get(1), clients);
          if (m.isPresent() && p.isPresent()) {
            Latencies a = m.get().latencies();
            Latencies b = p.get().latencies();
            md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.2f× | %.2f× | %.2f× | %.2f× | %.2f× |%n",
                pair.get(2),
                clients,
                a.p50Ms() / b.p50Ms(),
                a.p95Ms() / b.p95Ms(),
                a.p99Ms() / b.p99Ms(),
                a.meanMs() / b.meanMs(),
                a.perSecond() / b.perSecond()));
          }
        }
      }
      md.append(clusterLayer(c, config.clients()));
      c.serverPeakRssBytes()
          .ifPresent(r -> md.append("\nMorgue server peak RSS during the runs: ")
              .append(mb(Optional.of(r)))
              .append(" MB")
              .append(
                  config.serverHeap() == null
                      ? " (the launcher's heap limit)"
                      : " (heap limit -Xmx" + config.serverHeap() + ")")
              .append(".\n"));
      c.load()
          .ifPresent(l -> md.append(String.format(
              Locale.ROOT,
              "%nLoad: %d connections for %d s on loopback: %,d requests, %d errors, %d 5xx; "
                  + "p50 %.2f ms, p99 %.2f ms, %.0f requests/s.%n",
              l.connections(),
              l.seconds(),
              l.requests(),
              l.errors(),
              l.serverErrors(),
              l.latencies().p50Ms(),
              l.latencies().p99Ms(),
              l.latencies().perSecond())));
      c.profile()
          .ifPresent(
              p -> md.append("\nWhere the Morgue server's CPU went (JFR, all runs above):\n\n")
                  .append(p));
    }
    return md.toString();
  }

  /** Ratio rows: system, the peer it is divided by, the row's name. */
  private static final List<List<String>> RATIOS = List.of(
      List.of(CorpusRun.MORGUE, CorpusRun.LUCENE, "Morgue / Lucene"),
      List.of(CorpusRun.MORGUE, SolrPeer.SYSTEM, "Morgue / Solr"),
      List.of(
          ClusterRun.MORGUE_ON_CLUSTER, ClusterRun.RAW, "Morgue on OpenSearch / raw OpenSearch"),
      List.of(
          ClusterRun.MORGUE_ON_CLUSTER,
          CorpusRun.MORGUE,
          "Morgue on OpenSearch / Morgue embedded"));

  /** The layer Morgue adds to the cluster's own requests: the target is at most 1.3× at p50. */
  static final double LAYER_TARGET = 1.3;

  /** One line per client count on Morgue's layer over the raw cluster requests at p50, against the target. */
  static String clusterLayer(Results.Corpus c, List<Integer> clients) {
    StringBuilder md = new StringBuilder();
    for (int n : clients) {
      Optional<Results.Query> m = c.run(ClusterRun.MORGUE_ON_CLUSTER, n);
      Optional<Results.Query> r = c.run(ClusterRun.RAW, n);
      if (m.isPresent() && r.isPresent()) {
        double ratio = m.get().latencies().p50Ms() / r.get().latencies().p50Ms();
        md.append(String.format(
            Locale.ROOT,
            "%nMorgue's layer on the cluster, %d client%s: p50 %.2f ms against %.2f ms "
                + "raw, %.2f× (target ≤ %.1f×: %s).%n",
            n,
            n == 1 ? "" : "s",
            m.get().latencies().p50Ms(),
            r.get().latencies().p50Ms(),
            ratio,
            LAYER_TARGET,
            ratio <= LAYER_TARGET ? "met" : "not met"));
      }
    }
    return md.toString();
  }

  private static String mb(Optional<Long> bytes) {
    return bytes.map(b -> String.format(Locale.ROOT, "%.0f", b / 1e6)).orElse("n/a");
  }
}
