package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.read.TestData;

/** The newsroom corrections file (merge, rename, retype, hide) on real indexes of the seed stories. */
class CorrectionsFileTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ExitCode index(Path index, Path corrections) {
    out.reset();
    err.reset();
    return IndexCommand.standard(Clock.systemUTC())
        .run(
            List.of(
                "--index",
                index.toString(),
                "--aliases",
                corrections.toString(),
                TestData.root().resolve("seeds").toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
  }

  /** "type:key" to the number of stories with that facet value, read from the stored entities. */
  private static TreeMap<String, Integer> values(Path index) throws Exception {
    TreeMap<String, Integer> counts = new TreeMap<>();
    Schema schema = new Schema();
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(index).currentBuild().orElseThrow()))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        schema.entityKeys(stored.document(doc)).stream()
            .map(k -> k.type().facetName() + ":" + k.key())
            .distinct()
            .forEach(v -> counts.merge(v, 1, Integer::sum));
      }
    }
    return counts;
  }

  @Test
  void everyVerbChangesTheFacetValuesAndARebuildAppliesAnEditWithoutTagging() throws Exception {
    Path table = dir.resolve("corrections.tsv");
    Files.writeString(table, """
        # the newsroom's corrections
        merge\tAsaib Ahl al-Haq\tLeague of the Righteous\torg
        rename\tHadi al-Amiri\tHadi al-Ameri\tperson
        retype\tGreen Zone\tplace
        hide\tDefence\torg
        hide\tFox News
        US\tUnited States\tplace
        """);
    Path index = dir.resolve("index");
    assertEquals(ExitCode.OK, index(index, table), err.toString(StandardCharsets.UTF_8));

    TreeMap<String, Integer> values = values(index);
    assertEquals(3, values.get("org:league of the righteous"));
    assertEquals(null, values.get("org:asaib ahl al haq"));
    assertEquals(2, values.get("person:hadi al ameri"));
    assertEquals(null, values.get("person:hadi al amiri"));
    assertEquals(1, values.get("place:green zone"));
    assertEquals(null, values.get("org:green zone"));
    assertEquals(null, values.get("org:defence"));
    assertEquals(null, values.get("org:fox news"));
    assertEquals(4, values.get("org:kataib hezbollah"));
    EntityLabels labels =
        EntityLabels.read(new IndexLayout(index).currentBuild().orElseThrow());
    assertEquals("League of the Righteous", labels.label(Schema.ORG, "league of the righteous"));
    assertEquals("Hadi al-Ameri", labels.label(Schema.PERSON, "hadi al ameri"));

    // Editing the file and rebuilding applies the edit from the extraction cache: nothing is
    // tagged.
    Files.writeString(table, "hide\tLeague of the Righteous\torg\nhide\tAsaib Ahl al-Haq\torg\n");
    assertEquals(ExitCode.OK, index(index, table), err.toString(StandardCharsets.UTF_8));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains("extraction cache: 5 stories from the cache, 0 tagged"),
        out.toString(StandardCharsets.UTF_8));
    values = values(index);
    assertEquals(null, values.get("org:asaib ahl al haq"));
    assertEquals(null, values.get("org:league of the righteous"));
    assertEquals(2, values.get("person:hadi al amiri"));
    assertEquals(1, values.get("org:green zone"));
    assertEquals(1, values.get("org:fox news"));
  }

  @Test
  void aMalformedCorrectionExitsWithUsageNamingTheLine() throws Exception {
    Path table = dir.resolve("bad.tsv");
    Files.writeString(table, "retype\tGreen Zone\n");
    assertEquals(ExitCode.USAGE, index(dir.resolve("index"), table));
    assertEquals(
        "morgue index: " + table + ":1: expected retype<TAB>NAME<TAB>TYPE\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
