package org.morgue.bench.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;

/**
 * Entry point of the Solr peer.
 *
 * <pre>
 *   SolrBench index DUMP.jsonl SOLR_HOME
 *   SolrBench query SOLR_HOME QUERIES.jsonl OUT_DIR CLIENTS[,CLIENTS…] WARMUP_PASSES MEASURED_PASSES
 * </pre>
 *
 * {@code index} creates the core from the bundled schema and prints {@code stories=N seconds=S};
 * {@code query} writes {@code totals.txt} (matches per query) and {@code latencies-C.txt} per client
 * count (first line {@code wall=NANOS errors=N}, then one latency in nanoseconds a line).
 */
public final class SolrBench {

  static final String CORE = "bench";
  private static final int BATCH = 1_000;

  private SolrBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("index")) {
      index(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length == 8 && args[0].equals("query")) {
      List<Integer> clients = new ArrayList<>();
      for (String c : args[4].split(",")) {
        clients.add(Integer.parseInt(c.strip()));
      }
      SolrQueries.run(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), clients,
          Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]));
    } else {
      System.err.println("usage: SolrBench index DUMP.jsonl SOLR_HOME | "
          + "query SOLR_HOME QUERIES.jsonl OUT_DIR CLIENTS WARMUP WARMUP_SECONDS MEASURED");
      System.exit(2);
    }
    // Solr's executors are not all daemon threads; the measurement is done, so end the JVM.
    System.exit(0);
  }

  /** Opens the core in a Solr home laid out by {@link #index}. */
  static EmbeddedSolrServer open(Path home) {
    CoreContainer container = new CoreContainer(home, new Properties());
    container.load();
    return new EmbeddedSolrServer(container, CORE);
  }

  private static void index(Path dump, Path home) throws Exception {
    Path conf = home.resolve(CORE).resolve("conf");
    Files.createDirectories(conf);
    Files.writeString(home.resolve("solr.xml"), "<solr></solr>\n");
    Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n");
    copy("solrconfig.xml", conf);
    copy("schema.xml", conf);
    ObjectMapper json = new ObjectMapper();
    long start = System.nanoTime();
    long count = 0;
    try (EmbeddedSolrServer solr = open(home);
        BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
      List<SolrInputDocument> batch = new ArrayList<>(BATCH);
      String line;
      while ((line = in.readLine()) != null) {
        batch.add(document(json.readTree(line)));
        count++;
        if (batch.size() == BATCH) {
          solr.add(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        solr.add(batch);
      }
      solr.commit();
    }
    System.out.printf(Locale.ROOT, "stories=%d seconds=%.3f%n", count, (System.nanoTime() - start) / 1e9);
  }

  private static SolrInputDocument document(JsonNode story) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(SolrFields.ID, story.get(SolrFields.ID).asText());
    doc.addField(SolrFields.TITLE, story.get(SolrFields.TITLE).asText());
    doc.addField(SolrFields.BODY, story.get(SolrFields.BODY).asText());
    if (story.has(SolrFields.PUBLISHED)) {
      doc.addField(SolrFields.PUBLISHED, SolrFields.instant(story.get(SolrFields.PUBLISHED).asLong()));
      doc.addField(SolrFields.PUBLISHED_ISO, story.get(SolrFields.PUBLISHED_ISO).asText());
    }
    if (story.has(SolrFields.SOURCE)) {
      doc.addField(SolrFields.SOURCE, story.get(SolrFields.SOURCE).asText());
    }
    for (String dim : SolrFields.FACETS) {
      if (dim.equals(SolrFields.SOURCE)) {
        continue;
      }
      for (JsonNode value : story.path(dim)) {
        doc.addField(dim, value.asText());
      }
    }
    return doc;
  }

  private static void copy(String resource, Path dir) throws IOException {
    try (InputStream in = SolrBench.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      Files.copy(in, dir.resolve(resource));
    }
  }

  /** Writes one latency file. */
  static void writeLatencies(Path file, long wallNanos, int errors, long[] nanos) throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("wall=" + wallNanos + " errors=" + errors);
      for (long n : nanos) {
        if (n >= 0) {
          out.println(n);
        }
      }
    }
  }
}
