package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

class NitfReaderTest {

  private final NitfReader reader = new NitfReader(StoryReaders.DEFAULT_MAX_RECORD_BYTES);

  @Test
  void readsHedlineBylineDatelineDocIdIssueDateBodyAndEditorialMarkupAsTags() throws IOException {
    Path file = TestData.file("formats/council-budget.nitf");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of(), c.skips);
    Story s = c.stories.get(0);
    assertEquals("EH-2022-0412-budget", s.id());
    assertEquals("Council passes leaner budget as harbour fees rise", s.title());
    assertEquals(
        "The Ellery Town Council approved a budget of 41.2 million on Tuesday, cutting road spending and"
            + " raising harbour fees by 6 percent.\n\n"
            + "Council leader Owen Hale said the fees would pay for repairs to the North Pier, closed since the winter"
            + " storms.\n\n"
            + "The town's libraries keep their Sunday hours, after a petition signed by 3,000 residents & a campaign by"
            + " Friends of Ellery Libraries.",
        s.body());
    assertEquals(
        Optional.of(PubDate.day(2022, 4, 13)), s.published(), "date.issue 23:30 at -04:00, in UTC");
    assertEquals("The Ellery Herald", s.source());
    assertEquals("Marta Lind", s.byline(), "without 'By' and the job title");
    assertEquals("", s.url());
    assertEquals(
        List.of(
            "subject:local government",
            "subject:public finance",
            "person:Owen Hale",
            "org:Ellery Town Council",
            "org:Friends of Ellery Libraries",
            "place:North Pier"),
        s.tags());
    assertEquals(Map.of("dateline", "ELLERY, April 12"), s.extra());
    assertEquals("nitf", s.format());
  }

  @Test
  void externalEntitiesAreNeverResolvedAndTheFileIsReported(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET");
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
            + "<nitf><body><body.head><hedline><hl1>Leak &x;</hl1></hedline></body.head></body></nitf>";
    Collector c = read(xml);
    // Indexing "Leak" alone would hide that the story's text is incomplete.
    assertEquals(
        List.of("in/bad.nitf: external entity &x; (SYSTEM \"" + secret.toUri() + "\") is not read:"
            + " Morgue reads nothing outside the file"),
        c.skipStrings());
    assertEquals(List.of(), c.stories);
  }

  @Test
  void entitiesDeclaredInTheFileKeepTheirText() throws IOException {
    Collector c = read("<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY town \"Ellery Town\">]>"
        + "<nitf><body><body.head><hedline><hl1>&town; votes</hl1></hedline></body.head>"
        + "<body.content><p>The &town; council met.</p></body.content></body></nitf>");
    assertEquals(List.of(), c.skips);
    assertEquals("Ellery Town votes", c.stories.get(0).title());
    assertEquals("The Ellery Town council met.", c.stories.get(0).body());
  }

  @Test
  void malformedXmlIsSkippedWithItsLine() throws IOException {
    Collector c = read("<nitf>\n<head>\n<title>x</titel>\n</head></nitf>");
    assertEquals(1, c.skips.size());
    assertEquals("in/bad.nitf:3", c.skips.get(0).location());
    assertTrue(
        c.skips.get(0).reason().startsWith("not well-formed XML at line 3, column "),
        c.skips.get(0).reason());
  }

  @Test
  void anXmlFileOfAnotherVocabularyIsSkippedNotGuessed() throws IOException {
    assertEquals(
        List.of("in/bad.nitf: not NITF: the root element is <rss>"),
        read("<rss><channel/></rss>").skipStrings());
  }

  private Collector read(String xml) throws IOException {
    Collector c = new Collector();
    reader.read(
        Path.of("in", "bad.nitf"),
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        c);
    return c;
  }
}
