package org.morgue.indexer.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.morgue.indexer.cache.CachedExtractor;
import org.morgue.indexer.cache.ExtractionCache;
import org.morgue.indexer.cli.CommandLines;
import org.morgue.indexer.cli.UsageException;
import org.morgue.indexer.entity.Aliases;
import org.morgue.indexer.entity.CrfEntityExtractor;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.read.InputNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code morgue eval entities [--corpora DIR] [--seeds DIR] [--only conll,reuters,seeds]}: entity
 * quality through the production extractor (CRF model, in-story rules, bundled alias table) and, for
 * Reuters and the seeds, the archive pass. Prints CoNLL-2003 and CoNLL++ scores, Reuters-21578 recall
 * against the editorial codes, and the seed stories' facet values.
 */
public final class EntityEval {

  /** The options, as picocli reads them; the annotations are the help text. */
  @Command(
      name = "entities",
      sortOptions = false,
      description = "CoNLL-2003/CoNLL++ F1, Reuters-21578 recall of coded names, seed facet values",
      synopsisHeading = "usage: ",
      optionListHeading = "%n")
  static final class Options {
    @Mixin
    EvalInputs inputs = new EvalInputs();

    @Option(
        names = "--only",
        paramLabel = "LIST",
        split = ",",
        converter = Section.class,
        description = "the sections to run, of conll, reuters, seeds (default all three)")
    Set<String> only = SECTIONS;

    @Option(
        names = "--cache",
        paramLabel = "INDEX",
        description =
            "use (and fill) the extraction cache of this index folder, as 'morgue index' does: a rerun "
                + "after a rule change then skips the tagger")
    Path cache;

    @Option(
        names = "--explain",
        paramLabel = "TYPE:CODE",
        converter = Explain.class,
        description =
            "after the Reuters recall, list up to 10 stories where this code (e.g. org:ec) is named in "
                + "the body but missing from the facets, with their facets")
    String explain;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "this text")
    boolean help;
  }

  /** One section name. */
  static final class Section implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!SECTIONS.contains(value)) {
        throw CommandLines.refuse("--only takes conll, reuters, seeds; got '" + value + "'");
      }
      return value;
    }
  }

  /** A {@code TYPE:CODE} to explain. */
  static final class Explain implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (explainType(value) == null) {
        throw CommandLines.refuse(
            "--explain takes TYPE:CODE with TYPE person, org or place; got '" + value + "'");
      }
      return value;
    }
  }

  static final List<String> CONLL_FILES = List.of("test.txt", "conllpp_test.txt");
  private static final int EXPLAINED = 10;
  private static final Set<String> SECTIONS = Set.of("conll", "reuters", "seeds");

  private EntityEval() {}

  /**
   * @return 0 done (sections whose data is absent are skipped with a message), 1 an input could not
   *     be read, 2 bad arguments
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = CommandLines.parse(new Options(), args);
    } catch (UsageException e) {
      err.println("morgue eval entities: " + e.getMessage());
      err.print(EvalCommand.usage("entities"));
      return 2;
    }
    if (o.help) {
      out.print(EvalCommand.usage("entities"));
      return 0;
    }
    Path corpora = o.inputs.corpora;
    Path seeds = o.inputs.seeds;
    Set<String> only = Set.copyOf(o.only);
    Path cache = o.cache;
    String explain = o.explain;
    try {
      if (cache == null) {
        evaluate(
            Extraction.uncached(CrfEntityExtractor.loadDefault(), Aliases.bundled()),
            corpora,
            seeds,
            only,
            explain,
            out);
      } else {
        try (ExtractionCache extractions = ExtractionCache.open(cache)) {
          EntityExtractor cached = new CachedExtractor(
              extractions,
              CrfEntityExtractor.defaultIdentity(),
              CrfEntityExtractor::loadDefault,
              Aliases.bundled());
          evaluate(cached, corpora, seeds, only, explain, out);
          ExtractionCache.Stats stats = extractions.stats();
          out.printf(
              Locale.ROOT,
              "Extraction cache %s: %d stories from the cache, %d tagged%n",
              cache,
              stats.hits(),
              stats.misses());
        }
      }
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("morgue eval entities: " + e.getMessage());
      return 1;
    }
  }

  private static void evaluate(
      EntityExtractor extractor,
      Path corpora,
      Path seeds,
      Set<String> only,
      String explain,
      PrintStream out)
      throws IOException {
    if (!Files.isDirectory(corpora) && (only.contains("conll") || only.contains("reuters"))) {
      out.println("Corpora not found at " + corpora.toAbsolutePath().normalize()
          + ": CoNLL and Reuters evaluations skipped (pass --corpora DIR).");
    } else {
      if (only.contains("conll")) {
        conll(corpora.resolve("conll2003"), extractor, out);
      }
      if (only.contains("reuters")) {
        reuters(corpora.resolve("reuters21578").resolve("sgm-data"), extractor, explain, out);
      }
    }
    if (only.contains("seeds")) {
      seeds(seeds, extractor, out);
    }
  }

  private static void conll(Path dir, EntityExtractor extractor, PrintStream out)
      throws IOException {
    ConllEvaluation evaluation = new ConllEvaluation(extractor);
    for (String name : CONLL_FILES) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        out.println("CoNLL: " + file + " not found, skipped.");
        continue;
      }
      long t0 = System.nanoTime();
      List<ConllCorpus.Document> docs =
          ConllCorpus.read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
      Conlleval scores = evaluation.score(docs);
      out.printf(
          Locale.ROOT,
          "CoNLL %s: %d documents, %.1f s, token accuracy %.4f%n",
          name,
          docs.size(),
          (System.nanoTime() - t0) / 1e9,
          scores.tokenAccuracy());
      printScores(scores.byType(), out);
    }
  }

  /** Per-type lines, the micro average over PER/ORG/LOC, and conlleval's overall line (MISC included). */
  static void printScores(Map<String, ChunkCounts> byType, PrintStream out) {
    ChunkCounts micro = ChunkCounts.ZERO;
    for (String type : List.of("PER", "ORG", "LOC")) {
      ChunkCounts c = byType.getOrDefault(type, ChunkCounts.ZERO);
      micro = micro.plus(c);
      line(type + " (" + facet(type) + ")", c, out);
    }
    line("MISC (not faceted)", byType.getOrDefault("MISC", ChunkCounts.ZERO), out);
    line("micro PER/ORG/LOC", micro, out);
    line(
        "conlleval overall",
        byType.values().stream().reduce(ChunkCounts.ZERO, ChunkCounts::plus),
        out);
  }

  private static String facet(String conllType) {
    return switch (conllType) {
      case "PER" -> "person";
      case "ORG" -> "org";
      default -> "place";
    };
  }

  private static void line(String label, ChunkCounts c, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "  %-20s gold %5d  found %5d  correct %5d  P %.4f  R %.4f  F1 %.4f%n",
        label,
        c.gold(),
        c.guessed(),
        c.correct(),
        c.precision(),
        c.recall(),
        c.f1());
  }

  /** The type of an {@code --explain TYPE:CODE} value; null when it is malformed. */
  static EntityType explainType(String value) {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      return null;
    }
    String prefix = value.substring(0, colon);
    for (EntityType t : EntityType.values()) {
      if (t.facetName().equals(prefix)) {
        return t;
      }
    }
    return null;
  }

  private static void reuters(Path dir, EntityExtractor extractor, String explain, PrintStream out)
      throws InputNotFoundException {
    if (!Files.isDirectory(dir)) {
      out.println("Reuters-21578: " + dir + " not found, skipped.");
      return;
    }
    long t0 = System.nanoTime();
    ArchiveRun run = ArchiveRun.of(List.of(dir), extractor);
    out.printf(
        Locale.ROOT,
        "Reuters-21578: %d stories, %.1f s (code names: %s)%n",
        run.stories().size(),
        (System.nanoTime() - t0) / 1e9,
        ReutersCodes.RESOURCE);
    ReutersRecall recall = new ReutersRecall(ReutersCodes.bundled());
    ReutersRecall.print(recall.measure(run), out);
    CountryRecall.print(run, out);
    FacetAudit.print(run.facets(), out);
    if (explain != null) {
      recall.explain(
          run, explainType(explain), explain.substring(explain.indexOf(':') + 1), EXPLAINED, out);
    }
  }

  private static void seeds(Path dir, EntityExtractor extractor, PrintStream out)
      throws InputNotFoundException {
    if (!Files.isDirectory(dir)) {
      out.println("Seeds: " + dir + " not found, skipped (pass --seeds DIR).");
      return;
    }
    ArchiveRun run = ArchiveRun.of(List.of(dir), extractor);
    out.printf(Locale.ROOT, "Seeds %s: %d stories%n", dir, run.stories().size());
    facetValues(run.facets()).forEach((type, values) -> {
      out.println("  " + type.facetName() + ": " + String.join(", ", values));
    });
  }

  /** Per type, "Label (stories)" in order of story count, then label, as the facets list them. */
  static Map<EntityType, List<String>> facetValues(List<List<Entity>> facets) {
    EntityLabels.Builder labels = new EntityLabels.Builder();
    Map<EntityType, Map<String, Integer>> counts = new EnumMap<>(EntityType.class);
    for (List<Entity> story : facets) {
      labels.add(story);
      for (Entity e : story) {
        counts.computeIfAbsent(e.type(), t -> new TreeMap<>()).merge(e.key(), 1, Integer::sum);
      }
    }
    EntityLabels table = labels.build();
    Map<EntityType, List<String>> out = new LinkedHashMap<>();
    counts.forEach((type, byKey) -> {
      List<Map.Entry<String, Integer>> sorted = new ArrayList<>(byKey.entrySet());
      sorted.sort(Map.Entry.<String, Integer>comparingByValue()
          .reversed()
          .thenComparing(e -> table.label(type.facetName(), e.getKey())));
      out.put(
          type,
          sorted.stream()
              .map(e -> table.label(type.facetName(), e.getKey()) + " (" + e.getValue() + ")")
              .toList());
    });
    return out;
  }
}
