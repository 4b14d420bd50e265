package org.morgue.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code morgue entities --index DIR}: the facet values an editor reviews before writing the
 * corrections file. It lists the top values per type with sample contexts, or ({@code --explain
 * TYPE:NAME}) every mention of one value with how it came to be that value: written so, linked from
 * another name in its story, or renamed archive-wide. It reads the published build only; nothing is
 * tagged.
 */
public final class EntitiesCommand {

  static final int CONTEXT_CHARS = 50;

  /** The options, as picocli reads them; the annotations are the help text. */
  @Command(
      name = "morgue entities",
      sortOptions = false,
      synopsisHeading = "usage: ",
      optionListHeading = "%n",
      description = "top facet values per type with sample contexts, or why one value exists")
  static final class Options {
    @Option(
        names = "--index",
        paramLabel = "DIR",
        required = true,
        description = "the index folder")
    Path index;

    @Option(
        names = "--type",
        paramLabel = "TYPE",
        description = "person, org or place (default all three)")
    String type;

    @Option(
        names = "--top",
        paramLabel = "N",
        defaultValue = "20",
        description = "values per type (default ${DEFAULT-VALUE})")
    int top;

    @Option(
        names = "--contexts",
        paramLabel = "N",
        defaultValue = "2",
        description = "sample contexts per value (default ${DEFAULT-VALUE})")
    int contexts;

    @Option(
        names = "--explain",
        paramLabel = "TYPE:NAME",
        description =
            "every mention of this value (up to --top stories) and the rule that made each one")
    String explain;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "this text")
    boolean help;
  }

  private EntitiesCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      Options o = CommandLines.parse(new Options(), args);
      if (o.help) {
        out.print(CommandLines.usage(new Options()));
        return 0;
      }
      if (o.top < 1 || o.contexts < 0) {
        throw new UsageException("--top must be at least 1 and --contexts at least 0");
      }
      List<EntityType> types =
          o.type == null ? List.of(EntityType.values()) : List.of(type(o.type));
      Path build = new IndexLayout(o.index)
          .currentBuild()
          .orElseThrow(() -> new UsageException("no published index in " + o.index));
      EntityLabels labels = EntityLabels.read(build);
      List<IndexedStory> stories = read(build);
      if (o.explain != null) {
        int colon = o.explain.indexOf(':');
        if (colon < 0) {
          throw new UsageException("--explain takes TYPE:NAME, e.g. org:Kataib Hezbollah");
        }
        explain(
            stories,
            type(o.explain.substring(0, colon)),
            o.explain.substring(colon + 1),
            o.top,
            out);
      } else {
        for (EntityType t : types) {
          top(stories, labels, t, o.top, o.contexts, out);
        }
      }
      return 0;
    } catch (UsageException e) {
      err.println("morgue entities: " + e.getMessage());
      err.println("Try 'morgue entities --help'.");
      return 2;
    } catch (IOException e) {
      err.println("morgue entities: cannot read the index: " + e.getMessage());
      return 1;
    }
  }

  private static EntityType type(String name) throws UsageException {
    for (EntityType t : EntityType.values()) {
      if (t.facetName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new UsageException("type must be person, org or place, not '" + name + "'");
  }

  private static List<IndexedStory> read(Path build) throws IOException {
    Schema schema = new Schema();
    List<IndexedStory> stories = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build))) {
      StoredFields stored = reader.storedFields();
      for (var leaf : reader.leaves()) {
        var live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            stories.add(schema.fromDocument(stored.document(leaf.docBase + doc)));
          }
        }
      }
    }
    // Documents are in the order the indexing threads wrote them; the listing is by story id, so
    // one index always prints the same contexts.
    stories.sort(Comparator.comparing(s -> s.story().id()));
    return stories;
  }

  private static void top(
      List<IndexedStory> stories,
      EntityLabels labels,
      EntityType type,
      int top,
      int contexts,
      PrintStream out) {
    Map<String, List<IndexedStory>> byKey = new HashMap<>();
    for (IndexedStory s : stories) {
      for (Entity e : s.entities()) {
        if (e.type() == type) {
          byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(s);
        }
      }
    }
    List<Map.Entry<String, List<IndexedStory>>> ranked = byKey.entrySet().stream()
        .sorted(Comparator.comparingInt(
                (Map.Entry<String, List<IndexedStory>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(top)
        .toList();
    out.printf(Locale.ROOT, "%s: %,d values%n", type.facetName(), byKey.size());
    for (Map.Entry<String, List<IndexedStory>> e : ranked) {
      out.printf(
          Locale.ROOT,
          "  %-40s %,6d stories%n",
          labels.label(type.facetName(), e.getKey()),
          e.getValue().size());
      int shown = 0;
      for (IndexedStory s : e.getValue()) {
        if (shown >= contexts) {
          break;
        }
        Entity entity = entity(s, type, e.getKey());
        Span first = entity.spans().isEmpty() ? null : entity.spans().getFirst();
        if (first != null) {
          out.printf(Locale.ROOT, "      %s: %s%n", s.story().id(), context(s, first));
          shown++;
        }
      }
    }
  }

  private static void explain(
      List<IndexedStory> stories, EntityType type, String name, int top, PrintStream out) {
    String key = Entity.keyOf(type, name);
    List<IndexedStory> with =
        stories.stream().filter(s -> entity(s, type, key) != null).toList();
    out.printf(
        Locale.ROOT, "%s %s (key '%s'): %,d stories%n", type.facetName(), name, key, with.size());
    if (with.isEmpty()) {
      out.println(
          "  no story has this value (hidden by the corrections file, renamed, or never found)");
      return;
    }
    for (IndexedStory s : with.subList(0, Math.min(top, with.size()))) {
      Entity e = entity(s, type, key);
      Set<String> linked = new LinkedHashSet<>(e.aliases());
      out.printf(Locale.ROOT, "  %s  %s%n", s.story().id(), s.story().title());
      for (Span span : e.spans()) {
        String surface = (span.inTitle() ? s.story().title() : s.story().body())
            .substring(span.start(), span.end());
        String own = Entity.keyOf(type, surface);
        String rule = own.equals(key)
            ? "tagged as this name"
            : linked.contains(own)
                ? "linked in its story from '" + surface
                    + "' (acronym, surname, short form, also-known-as or handle)"
                : "renamed archive-wide from '" + surface
                    + "' (alias pair, full name of a surname, organization form, "
                    + "place qualifier, the alias table or the corrections file)";
        out.printf(Locale.ROOT, "    %s  [%s]%n", context(s, span), rule);
      }
    }
  }

  private static Entity entity(IndexedStory s, EntityType type, String key) {
    for (Entity e : s.entities()) {
      if (e.type() == type && e.key().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** The words around a mention on one line, the mention in [brackets]. */
  static String context(IndexedStory s, Span span) {
    String field = span.inTitle() ? s.story().title() : s.story().body();
    int from = Math.max(0, span.start() - CONTEXT_CHARS);
    int to = Math.min(field.length(), span.end() + CONTEXT_CHARS);
    String text = (from > 0 ? "…" : "") + field.substring(from, span.start()) + "["
        + field.substring(span.start(), span.end()) + "]" + field.substring(span.end(), to)
        + (to < field.length() ? "…" : "");
    return text.replaceAll("\\s+", " ");
  }
}
