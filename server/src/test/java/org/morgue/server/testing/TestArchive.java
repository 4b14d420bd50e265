package org.morgue.server.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;
import org.morgue.indexer.index.IndexBuilder;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexProgress;
import org.morgue.indexer.index.IndexReport;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StorySource;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * A small archive for server tests, indexed by the production {@link IndexBuilder}: by default with
 * two documents per segment (three segments, kept unmerged), or in the {@link Shape#MERGED} shape every
 * production rebuild publishes. Dates span Nov 2019 – Feb 2020 with January empty, and one story is undated.
 */
public final class TestArchive {

  public static final Instant BUILT_AT = Instant.parse("2026-01-21T10:15:00Z");

  public static final List<Story> STORIES = List.of(
      story(
          "s1",
          "U.S. embassy in Baghdad attacked",
          "Protesters stormed the U.S. embassy in Baghdad on Tuesday. "
              + "Qais al-Khazali, leader of Asaib Ahl al-Haq, joined the crowd.\n\nKataib Hezbollah supporters set fire to a reception area.",
          PubDate.day(2019, 12, 31),
          "Reuters",
          List.of("iraq", "security")),
      story(
          "s2",
          "Militia leader sanctioned",
          "The Treasury sanctioned Qais al-Khazali on Friday. "
              + "Officials in Baghdad said the move targets Asaib Ahl al-Haq.",
          PubDate.day(2019, 12, 6),
          "AP",
          List.of("iraq")),
      story(
          "s3",
          "Esper blames Kata'ib Hezbollah for embassy attack",
          "Defense Secretary Mark Esper said Kata'ib Hezbollah "
              + "was behind the attack on the embassy. He did not mention Qais al-Khazali.",
          PubDate.day(2020, 2, 3),
          "Reuters",
          List.of("usa", "security")),
      story(
          "s4",
          "Quiet month in Basra",
          "Markets in Basra reopened after weeks of protests.",
          PubDate.day(2019, 11, 15),
          "Wikinews",
          List.of()),
      story(
          "s5",
          "Tom & Jerry <script>alert(1)</script>",
          "A note on <b>markup</b> & the embassy archive.",
          null,
          "Morgue & Co",
          List.of("notes")),
      story(
          "s6",
          "Embassies reopen in Baghdad",
          "Several embassies in Baghdad reopened their consular sections.",
          PubDate.day(2020, 2, 20),
          "AP",
          List.of("iraq")));

  /** Surface form → (type, key): what the dictionary extractor finds. */
  private static final Map<String, Entity> NAMES = names();

  private TestArchive() {}

  /** What the published build's files take on disk, counted by walking its folder. */
  public static long bytesOnDisk(Path indexDir) throws IOException {
    Path build = new IndexLayout(indexDir).currentBuild().orElseThrow();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(build)) {
      long bytes = 0;
      for (Path f : (Iterable<Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
        bytes += java.nio.file.Files.size(f);
      }
      return bytes;
    }
  }

  private static Story story(
      String id, String title, String body, PubDate date, String source, List<String> tags) {
    return new Story(
        id,
        title,
        body,
        Optional.ofNullable(date),
        source,
        "Staff",
        "https://example.org/" + id,
        tags,
        Map.of(),
        "test:" + id,
        "test");
  }

  private static Map<String, Entity> names() {
    Map<String, Entity> names = new LinkedHashMap<>();
    names.put("Qais al-Khazali", entity(EntityType.PERSON, "qais al khazali", "Qais al-Khazali"));
    names.put("Mark Esper", entity(EntityType.PERSON, "mark esper", "Mark Esper"));
    names.put("Kataib Hezbollah", entity(EntityType.ORG, "kataib hezbollah", "Kataib Hezbollah"));
    names.put("Kata'ib Hezbollah", entity(EntityType.ORG, "kataib hezbollah", "Kata'ib Hezbollah"));
    names.put("Asaib Ahl al-Haq", entity(EntityType.ORG, "asaib ahl al haq", "Asaib Ahl al-Haq"));
    names.put("Baghdad", entity(EntityType.PLACE, "baghdad", "Baghdad"));
    names.put("Basra", entity(EntityType.PLACE, "basra", "Basra"));
    return names;
  }

  private static Entity entity(EntityType type, String key, String display) {
    return new Entity(type, key, display, List.of());
  }

  /** Finds the dictionary's names by string search, with real spans, merged per key. */
  public static final EntityExtractor EXTRACTOR = (title, body) -> {
    Map<String, Entity> found = new LinkedHashMap<>();
    Map<String, Integer> first = new LinkedHashMap<>();
    NAMES.forEach((surface, e) -> {
      List<Span> spans = new ArrayList<>();
      spans.addAll(find(title, surface, true));
      spans.addAll(find(body, surface, false));
      if (spans.isEmpty()) {
        return;
      }
      String id = e.type() + "/" + e.key();
      Entity prior = found.get(id);
      List<Span> all = new ArrayList<>(prior == null ? List.of() : prior.spans());
      all.addAll(spans);
      all.sort(Comparator.comparing((Span s) -> !s.inTitle()).thenComparingInt(Span::start));
      found.put(
          id, new Entity(e.type(), e.key(), prior == null ? e.display() : prior.display(), all));
      first.merge(id, spans.get(0).start() + (spans.get(0).inTitle() ? 0 : 100_000), Math::min);
    });
    return found.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Entity> x) -> x.getValue().type())
                .thenComparing(x -> first.get(x.getKey())))
        .map(Map.Entry::getValue)
        .toList();
  };

  private static List<Span> find(String text, String surface, boolean inTitle) {
    List<Span> spans = new ArrayList<>();
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      spans.add(new Span(inTitle, at, at + surface.length()));
    }
    return spans;
  }

  /**
   * The two shapes a served build has: a rebuild is merged into one segment, an updated build has
   * several. Facet ordinals, doc ids and search-after cursors differ between them, so the API suite runs
   * on both.
   */
  public enum Shape {
    /** Two stories per segment, unmerged: per-segment ordinals map to global ones. */
    SEGMENTS,
    /** One segment, as {@code morgue index} publishes a rebuild. */
    MERGED
  }

  /** Builds and publishes an index of the stories into the folder, two stories per segment. */
  public static IndexReport build(Path dir, List<Story> stories) throws IOException {
    return build(dir, stories, Shape.SEGMENTS);
  }

  /** Builds and publishes an index of the stories into the folder in the given shape. */
  public static IndexReport build(Path dir, List<Story> stories, Shape shape) throws IOException {
    IndexBuilder.Options options = new IndexBuilder.Options(1, 2, 16);
    IndexBuilder builder = new IndexBuilder(
        new Schema(),
        EXTRACTOR,
        shape == Shape.SEGMENTS ? options.keepingSegments() : options,
        Clock.fixed(BUILT_AT, ZoneOffset.UTC));
    return builder.rebuild(new IndexLayout(dir), StorySource.of(stories), new IndexProgress());
  }

  /** The number of segments (index leaves) of the published build in the folder. */
  public static int segments(Path dir) throws IOException {
    Path build = new IndexLayout(dir).currentBuild().orElseThrow();
    try (org.apache.lucene.store.FSDirectory directory =
            org.apache.lucene.store.FSDirectory.open(build);
        org.apache.lucene.index.DirectoryReader reader =
            org.apache.lucene.index.DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }
}
