package org.morgue.indexer.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.morgue.indexer.entity.Aliases;
import org.morgue.indexer.entity.CrfEntityExtractor;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.events.EventClusterer;
import org.morgue.indexer.events.EventGroups;
import org.morgue.indexer.events.EventParams;
import org.morgue.indexer.events.SharedEntities;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code morgue eval events [--corpora DIR] [--seeds DIR] [--event-threshold T] [--no-entities]
 * [--print-pairs N]}: event clustering as a build runs it, on the seeds (five outlets, one event), on
 * ECB+ (B-cubed and adjusted Rand index against its 86 same-event clusters; no story may join an event
 * of another topic) and, with {@code --print-pairs}, a seeded sample of Reuters 2006-2013 stories put in
 * one event, for reading (entity extraction off there: the tagger would take an hour).
 */
final class EventsEval {

  private final PrintStream out;
  private final EventParams params;
  private final EntityExtractor extractor;
  private final Schema schema = new Schema();

  EventsEval(PrintStream out, EventParams params, EntityExtractor extractor) {
    this.out = out;
    this.params = params;
    this.extractor = extractor;
  }

  /** The options, as picocli reads them; the annotations are the help text. */
  @Command(
      name = "events",
      sortOptions = false,
      description =
          "event threads: the seeds, ECB+ B-cubed and ARI, a Reuters 2006-2013 sample to read",
      synopsisHeading = "usage: ",
      optionListHeading = "%n")
  static final class Options {
    @Mixin
    EvalInputs inputs = new EvalInputs();

    @Option(
        names = "--event-threshold",
        paramLabel = "T",
        description = "the average-link threshold (default " + EventParams.DEFAULT_THRESHOLD + ")")
    double threshold = EventParams.DEFAULT_THRESHOLD;

    @Option(
        names = "--no-entities",
        description = "cluster without extracted entities (words only)")
    boolean noEntities;

    @Option(
        names = "--print-pairs",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "cluster Reuters 2006-2013 (no entities) and print a seeded sample of N pairs in one event")
    int printPairs;

    @Option(
        names = "--tagged-pairs",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "tag the first 1,000 dated Reuters 2006-2013 stories, cluster them, and print N seeded pairs"
                + " of the window at or above the threshold that share an entity and N that share none")
    int taggedPairs;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "this text")
    boolean help;
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    return EvalRun.run("events", new Options(), o -> o.help, args, out, err, o -> {
      EventParams params = EventParams.defaults().withThreshold(o.threshold);
      EntityExtractor extractor = o.noEntities
          ? EntityExtractor.NONE
          : Extraction.uncached(CrfEntityExtractor.loadDefault(), Aliases.bundled());
      EventsEval eval = new EventsEval(out, params, extractor);
      out.printf(
          Locale.ROOT,
          "event clustering: %s, entities %s%n",
          params,
          o.noEntities ? "off" : "extracted");
      eval.seeds(o.inputs.seeds);
      if (o.printPairs > 0) {
        eval.reuters(o.inputs.corpora.resolve(CopiesEval.REUTERS), o.printPairs);
      }
      if (o.taggedPairs > 0) {
        eval.taggedReuters(o.inputs.corpora.resolve(CopiesEval.REUTERS), o.taggedPairs);
      }
      eval.ecb(o.inputs.corpora.resolve(EcbPlus.FILE));
    });
  }

  /** Clusters the stories as a build would; the clusterer is returned for the pairs' similarities. */
  private EventClusterer clusterer(List<Story> stories, boolean tag) {
    EventClusterer clusterer = new EventClusterer(schema.analyzer(), params);
    for (int p = 0; p < stories.size(); p++) {
      Story s = stories.get(p);
      List<Entity> entities = tag ? extractor.extract(s.title(), s.body()) : List.of();
      clusterer.add(p, s, entities);
    }
    return clusterer;
  }

  void seeds(Path dir) {
    if (!Files.isDirectory(dir)) {
      out.println("\nseeds: " + dir + " not found; skipped");
      return;
    }
    // The seeds are clustered among the rest of the folder above them (the demo's test data), as a
    // build of it would: five stories alone give every shared word a document frequency of five of
    // five.
    Path all = dir.toAbsolutePath().getParent();
    List<Story> stories = new ArrayList<>();
    CopiesEval.read(List.of(all)).accept(stories::add);
    EventClusterer clusterer = clusterer(stories, true);
    EventGroups groups = clusterer.cluster();
    List<Integer> seeds = new ArrayList<>();
    for (int p = 0; p < stories.size(); p++) {
      if (stories.get(p).origin().contains(dir.getFileName().toString())) {
        seeds.add(p);
      }
    }
    out.printf(
        Locale.ROOT,
        "%n== seeds (%d seeds among %d stories of %s): %d events in all, the seeds in %d%n",
        seeds.size(),
        stories.size(),
        all,
        groups.events(),
        seeds.stream().map(p -> groups.of(p, stories.get(p).id())).distinct().count());
    for (int p : seeds) {
      StringBuilder sims = new StringBuilder();
      for (int q : seeds) {
        sims.append(String.format(Locale.ROOT, " %.2f", clusterer.similarity(p, q)));
      }
      out.printf(
          Locale.ROOT,
          "  %s event %s | cosine to each seed:%s%n",
          stories.get(p).id(),
          groups.of(p, stories.get(p).id()),
          sims);
    }
  }

  void ecb(Path file) {
    if (!Files.isRegularFile(file)) {
      out.println("\necb+: " + file + " not found; skipped");
      return;
    }
    EcbPlus ecb = EcbPlus.read(file);
    List<Story> stories = ecb.stories();
    List<String> gold = ecb.events();
    List<String> topic = ecb.topics();
    long start = System.nanoTime();
    EventGroups groups = clusterer(stories, true).cluster();
    List<String> predicted = new ArrayList<>();
    Map<String, Set<String>> topicsOf = new HashMap<>();
    for (int p = 0; p < stories.size(); p++) {
      String event = groups.of(p, stories.get(p).id());
      predicted.add(event);
      topicsOf.computeIfAbsent(event, e -> new HashSet<>()).add(topic.get(p));
    }
    int crossTopic = 0;
    for (int p = 0; p < stories.size(); p++) {
      crossTopic += topicsOf.get(predicted.get(p)).size() > 1 ? 1 : 0;
    }
    EventMeasures m = EventMeasures.of(gold, predicted);
    out.printf(
        Locale.ROOT,
        "%n== ecb+: %d stories, %d gold events, %d predicted events (%.1f s with tagging);"
            + " stories in an event spanning two topics: %d%n",
        stories.size(),
        new HashSet<>(gold).size(),
        groups.events(),
        (System.nanoTime() - start) / 1e9,
        crossTopic);
    out.printf(
        Locale.ROOT,
        "ECB+ events: B3 F1 %.3f ARI %.3f (B3 P %.3f R %.3f)%n",
        m.f1(),
        m.ari(),
        m.precision(),
        m.recall());
  }

  /** A seeded sample of pairs in one event (a random event of two or more, a random member and its first). */
  void reuters(Path file, int size) {
    if (!Files.isRegularFile(file)) {
      out.println("\nreuters 2006-2013: " + file + " not found; skipped");
      return;
    }
    List<Story> stories = new ArrayList<>();
    CopiesEval.read(List.of(file))
        .accept(s -> stories.add(new Story(
            s.id(),
            s.title(),
            s.body(),
            s.published(),
            s.source(),
            "",
            "",
            List.of(),
            Map.of(),
            s.origin(),
            s.format())));
    long start = System.nanoTime();
    EventClusterer clusterer = clusterer(stories, false);
    EventGroups groups = clusterer.cluster();
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int p = 0; p < stories.size(); p++) {
      members
          .computeIfAbsent(groups.of(p, stories.get(p).id()), e -> new ArrayList<>())
          .add(p);
    }
    List<List<Integer>> multi =
        new ArrayList<>(members.values().stream().filter(l -> l.size() > 1).toList());
    Map<Integer, Integer> sizes = new TreeMap<>();
    multi.forEach(
        l -> sizes.merge(l.size() <= 5 ? l.size() : l.size() <= 20 ? 20 : 1000, 1, Integer::sum));
    out.printf(
        Locale.ROOT,
        "%n== reuters 2006-2013 (no entities): %d stories, %d events, %d of two or more"
            + " (sizes, 20: 6-20, 1000: more: %s), %d candidate pairs, %.1f s%n",
        stories.size(),
        groups.events(),
        multi.size(),
        sizes,
        groups.candidatePairs(),
        (System.nanoTime() - start) / 1e9);
    Random random = new Random(16);
    Collections.shuffle(multi, random);
    for (List<Integer> event : multi.subList(0, Math.min(size, multi.size()))) {
      int a = event.get(0);
      int b = event.get(1 + random.nextInt(event.size() - 1));
      out.printf(
          Locale.ROOT,
          "EPAIR\t%s\t%s\tcos %.2f\tsize %d%n   A %s | %s%n   B %s | %s%n",
          stories.get(a).id(),
          stories.get(b).id(),
          clusterer.similarity(a, b),
          event.size(),
          date(stories.get(a)),
          stories.get(a).title(),
          date(stories.get(b)),
          stories.get(b).title());
    }
  }

  /** Stories of Reuters 2006-2013 tagged by {@link #taggedReuters}: a slice the tagger does in minutes. */
  static final int TAGGED_STORIES = 1000;

  /**
   * The entity rule measured off ECB+: on the first {@value #TAGGED_STORIES} Reuters 2006-2013 stories,
   * tagged, the pairs of the time window at or above the threshold, split by whether they share an entity
   * ({@link SharedEntities}), with a seeded sample of each printed to read.
   */
  void taggedReuters(Path file, int size) {
    if (!Files.isRegularFile(file)) {
      out.println("\nreuters 2006-2013: " + file + " not found; skipped");
      return;
    }
    List<Story> stories = new ArrayList<>();
    CopiesEval.read(List.of(file)).accept(s -> {
      if (stories.size() < TAGGED_STORIES && s.published().isPresent()) {
        stories.add(s);
      }
    });
    List<int[]> keys = new ArrayList<>();
    EventClusterer clusterer = new EventClusterer(schema.analyzer(), params);
    for (int p = 0; p < stories.size(); p++) {
      List<Entity> entities =
          extractor.extract(stories.get(p).title(), stories.get(p).body());
      keys.add(SharedEntities.keys(entities));
      clusterer.add(p, stories.get(p), entities);
    }
    EventGroups groups = clusterer.cluster();
    List<int[]> sharing = new ArrayList<>();
    List<int[]> apart = new ArrayList<>();
    for (int a = 0; a < stories.size(); a++) {
      for (int b = a + 1; b < stories.size(); b++) {
        long days = Math.abs(stories.get(a).published().get().date().toEpochDay()
            - stories.get(b).published().get().date().toEpochDay());
        if (days <= params.windowDays() && clusterer.similarity(a, b) >= params.threshold()) {
          (SharedEntities.apart(keys.get(a), keys.get(b)) ? apart : sharing).add(new int[] {a, b});
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "%n== reuters 2006-2013, first %d dated stories, tagged: %d events; pairs of the window at"
            + " cosine >= %.2f: %d sharing an entity, %d naming entities but none in common (no edge)%n",
        stories.size(),
        groups.events(),
        params.threshold(),
        sharing.size(),
        apart.size());
    Random random = new Random(16);
    for (List<int[]> pairs : List.of(sharing, apart)) {
      Collections.shuffle(pairs, random);
      for (int[] p : pairs.subList(0, Math.min(size, pairs.size()))) {
        Story a = stories.get(p[0]);
        Story b = stories.get(p[1]);
        out.printf(
            Locale.ROOT,
            "%s\t%s\t%s\tcos %.2f%n   A %s | %s%n   B %s | %s%n",
            pairs == sharing ? "SHARE" : "APART",
            a.id(),
            b.id(),
            clusterer.similarity(p[0], p[1]),
            date(a),
            a.title(),
            date(b),
            b.title());
      }
    }
  }

  private static String date(Story s) {
    return s.published().map(d -> d.iso()).orElse("undated");
  }
}
