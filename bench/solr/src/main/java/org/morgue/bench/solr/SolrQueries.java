package org.morgue.bench.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.SolrParams;

/**
 * The query set in Solr terms, the same page as Morgue's: edismax over {@code title^2 body} with
 * AND, the day range and facet filters as tagged filter queries, each facet excluding its own
 * filter (Solr's drill-sideways), top 50 values per facet, a month range facet over the corpus's
 * date span, the top 10 by score then id, and unified-highlighter snippets (whole title, 3 body
 * sentences of about 160 characters) highlighting only the text query.
 */
final class SolrQueries {

  private SolrQueries() {}

  static void run(Path home, Path queriesFile, Path out, List<Integer> clientCounts, int warmup, int warmupSeconds,
      int measured)
      throws Exception {
    Files.createDirectories(out);
    List<JsonNode> specs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(queriesFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          specs.add(json.readTree(line));
        }
      }
    }
    try (EmbeddedSolrServer solr = SolrBench.open(home)) {
      String[] span = span(solr);
      List<SolrParams> queries = new ArrayList<>();
      for (JsonNode spec : specs) {
        queries.add(params(spec, span));
      }
      List<String> totals = new ArrayList<>();
      for (SolrParams q : queries) {
        totals.add(Long.toString(solr.query(q).getResults().getNumFound()));
      }
      Files.write(out.resolve("totals.txt"), totals);
      for (int clients : clientCounts) {
        // At least the passes and the time the harness gives Morgue and bare Lucene.
        long warmStart = System.nanoTime();
        for (int pass = 0; pass < warmup || System.nanoTime() - warmStart < warmupSeconds * 1_000_000_000L; pass++) {
          phase(solr, queries, clients, 1, null);
        }
        AtomicInteger errors = new AtomicInteger();
        long[][] samples = new long[clients][];
        long start = System.nanoTime();
        phase(solr, queries, clients, measured, new Object[] {samples, errors});
        long wall = System.nanoTime() - start;
        long[] all = java.util.Arrays.stream(samples).flatMapToLong(java.util.Arrays::stream).toArray();
        SolrBench.writeLatencies(out.resolve("latencies-" + clients + ".txt"), wall, errors.get(), all);
      }
    }
  }

  /** Month-aligned start and end of the corpus's dates, computed once as a fixed histogram span. */
  private static String[] span(EmbeddedSolrServer solr) throws Exception {
    SolrQuery stats = new SolrQuery("*:*");
    stats.setRows(0);
    stats.setGetFieldStatistics(SolrFields.PUBLISHED);
    FieldStatsInfo info = solr.query(stats).getFieldStatsInfo().get(SolrFields.PUBLISHED);
    LocalDate min = LocalDate.ofInstant(((Date) info.getMin()).toInstant(), java.time.ZoneOffset.UTC);
    LocalDate max = LocalDate.ofInstant(((Date) info.getMax()).toInstant(), java.time.ZoneOffset.UTC);
    return new String[] {SolrFields.solrDate(min.withDayOfMonth(1)),
        SolrFields.solrDate(max.withDayOfMonth(1).plusMonths(1))};
  }

  static SolrParams params(JsonNode spec, String[] span) {
    SolrQuery q = new SolrQuery(spec.get("q").asText());
    q.set("defType", "edismax");
    q.set("qf", SolrFields.TITLE + "^2 " + SolrFields.BODY);
    q.set("q.op", "AND");
    q.setRows(10);
    q.set("sort", "score desc," + SolrFields.ID + " asc");
    q.setFields(SolrFields.ID, SolrFields.TITLE, SolrFields.PUBLISHED_ISO, SolrFields.SOURCE, "score");
    if (spec.hasNonNull("from") || spec.hasNonNull("to")) {
      String from = spec.hasNonNull("from") ? SolrFields.solrDate(LocalDate.parse(spec.get("from").asText())) : "*";
      String to = spec.hasNonNull("to") ? SolrFields.solrDate(LocalDate.parse(spec.get("to").asText()).plusDays(1)) : "*";
      q.addFilterQuery(SolrFields.PUBLISHED + ":[" + from + " TO " + to + "}");
    }
    // Values of one facet are OR-ed, as in Morgue's drill-down; facets are AND-ed. Facet values
    // are folded keys or Reuters codes, which hold no comma, the terms parser's separator.
    spec.path("filters").fields().forEachRemaining(filter -> {
      List<String> values = new ArrayList<>();
      filter.getValue().forEach(v -> values.add(v.asText()));
      q.addFilterQuery("{!terms f=" + filter.getKey() + " tag=" + filter.getKey() + "}" + String.join(",", values));
    });
    q.setFacet(true);
    q.setFacetLimit(50);
    q.setFacetMinCount(1);
    for (String dim : SolrFields.FACETS) {
      q.addFacetField("{!ex=" + dim + "}" + dim);
    }
    q.set("facet.range", SolrFields.PUBLISHED);
    q.set("facet.range.start", span[0]);
    q.set("facet.range.end", span[1]);
    q.set("facet.range.gap", "+1MONTH");
    q.set("hl", true);
    q.set("hl.method", "unified");
    q.set("hl.fl", SolrFields.TITLE + "," + SolrFields.BODY);
    q.set("hl.q", spec.get("q").asText());
    q.set("hl.snippets", 3);
    q.set("hl.bs.type", "SENTENCE");
    q.set("hl.fragsize", 160);
    q.set("hl.maxAnalyzedChars", 1_000_000);
    q.set("f." + SolrFields.TITLE + ".hl.snippets", 1);
    q.set("f." + SolrFields.TITLE + ".hl.bs.type", "WHOLE");
    q.set("f." + SolrFields.TITLE + ".hl.defaultSummary", true);
    return q;
  }

  private static void phase(EmbeddedSolrServer solr, List<SolrParams> queries, int clients, int passes,
      Object[] sink) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> {
          int n = queries.size();
          long[] mine = new long[passes * n];
          int offset = client * n / clients;
          for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < n; i++) {
              long t0 = System.nanoTime();
              try {
                QueryResponse r = solr.query(queries.get((offset + i) % n));
                mine[pass * n + i] = r.getResults() == null ? -1 : System.nanoTime() - t0;
              } catch (Exception e) {
                mine[pass * n + i] = -1;
                if (sink != null) {
                  ((AtomicInteger) sink[1]).incrementAndGet();
                }
                System.err.println("solr query failed: " + e);
              }
            }
          }
          if (sink != null) {
            ((long[][]) sink[0])[client] = mine;
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
  }
}
