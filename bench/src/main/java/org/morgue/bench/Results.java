package org.morgue.bench;

import java.util.List;
import java.util.Optional;

/** What the harness measured, per corpus, as records the report renders. */
public final class Results {

  private Results() {}

  /** One system's index build. */
  public record Indexing(
      String system,
      long stories,
      double seconds,
      long indexBytes,
      Optional<Long> peakRssBytes,
      String note) {
    public double perSecond() {
      return seconds > 0 ? stories / seconds : 0;
    }
  }

  /** One system's latency run at one client count. */
  public record Query(String system, int clients, Latencies latencies) {}

  /** The fixed-length many-connection run on Morgue's HTTP API. */
  public record Load(
      int connections,
      int seconds,
      long requests,
      long errors,
      long serverErrors,
      Latencies latencies) {}

  /** Everything measured on one corpus. */
  public record Corpus(
      org.morgue.bench.Corpus corpus,
      int queries,
      List<Indexing> indexing,
      List<Query> runs,
      List<String> agreement,
      Optional<Load> load,
      Optional<Long> serverPeakRssBytes,
      Optional<String> profile) {
    public Corpus {
      indexing = List.copyOf(indexing);
      runs = List.copyOf(runs);
      agreement = List.copyOf(agreement);
    }

    /** The run of a system at a client count, if it was measured. */
    public Optional<Query> run(String system, int clients) {
      return runs.stream()
          .filter(r -> r.system().equals(system) && r.clients() == clients)
          .findFirst();
    }
  }
}
