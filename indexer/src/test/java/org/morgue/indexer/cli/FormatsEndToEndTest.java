package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.read.TestData;

/** Issue 7's done-when: each new format's fixture goes through {@code morgue index} into the index. */
class FormatsEndToEndTest {

  @TempDir
  Path dir;

  @Test
  void htmlNitfNewsMlAndWarcFixturesAreIndexedWithTheirMetadata() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path formats = TestData.file("formats");
    List<String> inputs = List.of(
        "harbour-page.html",
        "pier-cafes.htm",
        "council-budget.nitf",
        "ferry-talks.xml",
        "captures.warc.gz");
    List<String> args = new java.util.ArrayList<>(
        List.of("--index", dir.toString(), "--no-entities", "--no-progress"));
    inputs.forEach(f -> args.add(formats.resolve(f).toString()));
    ExitCode code = IndexCommand.standard(Clock.systemUTC())
        .run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            false);

    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCode.PARTIAL, code, summary);
    assertEquals(
        "  by format: html 2 newsml 1 nitf 1 warc 2", summary.lines().toList().get(1));
    Map<String, String> stored = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(
        FSDirectory.open(new IndexLayout(dir).currentBuild().orElseThrow()))) {
      for (int i = 0; i < reader.maxDoc(); i++) {
        Document d = reader.storedFields().document(i);
        // An empty field is not stored: it reads back as null, shown here as nothing.
        stored.put(
            d.get(Schema.ID),
            String.join(
                " | ",
                d.get(Schema.FORMAT),
                d.get(Schema.TITLE),
                d.get(Schema.PUBLISHED_ISO),
                Objects.toString(d.get(Schema.SOURCE), ""),
                Objects.toString(d.get(Schema.BYLINE), ""),
                String.join(",", d.getValues(Schema.TAG))));
      }
    }
    assertEquals(
        Map.of(
            "EH-2022-0412-budget",
            "nitf | Council passes leaner budget as harbour fees rise | 2022-04-13 | The Ellery Herald"
                + " | Marta Lind | subject:local government,subject:public finance,person:Owen Hale,org:Ellery Town Council,"
                + "org:Friends of Ellery Libraries,place:North Pier",
            "captures-3",
            "warc | Lighthouse reopens after two-year restoration | 2021-07-01 | The Ellery Herald | Ada Flint | ",
            "captures-7",
            "warc | Harbour seals counted | 2021-07-03 | islandnotes.example |  | ",
            "harbour-page",
            "html | Ferry strike shuts Ellery harbour for a second day | 2021-06-16 | The Ellery Herald"
                + " | Rosa Quint, Tomas Breck | Transport,Labour,Ellery harbour",
            "pier-cafes",
            "html | Café owners fight pier rents | 2020-02-03 |  |  | ",
            "urn:newsml:elleryherald.example:20210618:ferry-talks",
            "newsml | Ferry talks end without deal as strike enters"
                + " fourth day | 2021-06-18 | The Ellery Herald | Rosa Quint, Tomas Breck | subject:labour dispute,"
                + "org:Harbour Workers' Union,person:Ada Morrow,place:Ellery"),
        stored);
  }
}
