package org.morgue.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.morgue.indexer.cli.CommandLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The harness's options as picocli reads them; {@link BenchConfig#parse} fills in the defaults that depend
 * on the checkout and validates the whole. The annotations are the help text.
 */
@Command(
    name = "bench/run",
    sortOptions = false,
    synopsisHeading = "",
    customSynopsis = "usage: bench/run [options]",
    optionListHeading = "%n")
final class BenchOptions {

  @Option(
      names = "--corpora",
      paramLabel = "DIR",
      description = "the shared corpora (default ../shared/corpora from the checkout)")
  Path corpora;

  @Option(
      names = "--only",
      paramLabel = "NAMES",
      split = ",",
      converter = CorpusName.class,
      description = "comma-separated subset of 21k,106k,1.15m (default: all that are present)")
  List<Corpus> only;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "scratch folder (default bench/target/work)")
  Path work;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "markdown report (default bench/target/bench-report.md)")
  Path out;

  @Option(
      names = "--clients",
      paramLabel = "LIST",
      split = ",",
      converter = Count.class,
      description = "concurrent clients for latency runs (default 1,4)")
  List<Integer> clients = new ArrayList<>(BenchConfig.DEFAULT_CLIENTS);

  @Option(
      names = "--warmup",
      paramLabel = "N",
      converter = Count.class,
      description = "warm-up passes over the query set, at least (default "
          + BenchConfig.DEFAULT_WARMUP + ")")
  int warmup = BenchConfig.DEFAULT_WARMUP;

  @Option(
      names = "--warmup-seconds",
      paramLabel = "S",
      converter = Count.class,
      description = "and warm-up time per " + "system and client count, at least (default "
          + BenchConfig.DEFAULT_WARMUP_SECONDS + ")")
  int warmupSeconds = BenchConfig.DEFAULT_WARMUP_SECONDS;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      converter = Count.class,
      description =
          "measured passes over the query set (default " + BenchConfig.DEFAULT_MEASURED + ")")
  int measured = BenchConfig.DEFAULT_MEASURED;

  @Option(
      names = "--load",
      paramLabel = "SECONDS",
      converter = Count.class,
      description = "also run a 16-connection load of that length on Morgue's HTTP API (e.g. 60)")
  int load;

  @Option(
      names = "--no-entities",
      description = "index Morgue without entity extraction on every corpus")
  boolean noEntities;

  @Option(
      names = "--entities",
      paramLabel = "NAMES",
      split = ",",
      converter = CorpusName.class,
      description = "extract entities on these corpora only (e.g. 21k), the others --no-entities")
  List<Corpus> entities;

  @Option(
      names = "--cached",
      paramLabel = "NAMES",
      split = ",",
      converter = CorpusName.class,
      description =
          "these corpora's first Morgue build reuses the extraction cache an earlier run left in "
              + "--work (their fresh extraction is measured separately)")
  List<Corpus> cached = new ArrayList<>();

  @Option(
      names = "--server-heap",
      paramLabel = "SZ",
      description = "the Morgue server's -Xmx (e.g. 512m; default: the launcher's)")
  String serverHeap;

  @Option(
      names = "--cluster",
      paramLabel = "URL",
      description =
          "also index each corpus into this OpenSearch cluster (index --backend opensearch) and time Morgue on it and "
              + "the same requests sent raw (e.g. http://127.0.0.1:9210; start one with ./morgue cluster start)")
  String cluster;

  @Option(names = "--no-solr", description = "leave the embedded Solr peer out")
  boolean noSolr;

  @Option(
      names = "--rebuild",
      description =
          "index with Morgue twice; the second build shows a cached rebuild if Morgue caches")
  boolean rebuild;

  @Option(
      names = "--reuse",
      description = "query the indexes an earlier run left in --work (no indexing numbers)")
  boolean reuse;

  @Option(
      names = "--jfr",
      description =
          "profile the Morgue server with Java Flight Recorder (WORK/CORPUS/morgue-serve.jfr)")
  boolean jfr;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  boolean help;

  /** A corpus by its short name. */
  static final class CorpusName implements ITypeConverter<Corpus> {
    @Override
    public Corpus convert(String value) {
      try {
        return Corpus.of(value.strip());
      } catch (IllegalArgumentException e) {
        throw CommandLines.refuse(e.getMessage());
      }
    }
  }

  /** A whole number (its range is checked with the others in {@link BenchConfig}). */
  static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw CommandLines.refuse("a whole number is needed, was '" + value + "'");
      }
    }
  }
}
