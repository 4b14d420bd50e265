package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

class NewsMlReaderTest {

  private final NewsMlReader reader = new NewsMlReader(StoryReaders.DEFAULT_MAX_RECORD_BYTES);

  @Test
  void readsANewsItemWithContentMetaAndXhtmlContent() throws IOException {
    Path file = TestData.file("formats/ferry-talks.xml");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of(), c.skips);
    Story s = c.stories.get(0);
    assertEquals("urn:newsml:elleryherald.example:20210618:ferry-talks", s.id());
    assertEquals("Ferry talks end without deal as strike enters fourth day", s.title());
    assertEquals(
        "Talks between the Ellery Ferry Company and the Harbour Workers' Union broke up on Friday without"
            + " agreement, and the union said the strike would go on.\n\n"
            + "The union's secretary, Ada Morrow, said the company had offered to restore half of the night-shift"
            + " allowance.",
        s.body(),
        "the XHTML <h1> repeating the headline is not body text");
    assertEquals(Optional.of(PubDate.day(2021, 6, 18)), s.published());
    assertEquals("The Ellery Herald", s.source());
    assertEquals("Rosa Quint, Tomas Breck", s.byline());
    assertEquals("https://www.elleryherald.example/news/ferry-talks", s.url());
    assertEquals(
        List.of(
            "subject:labour dispute",
            "org:Harbour Workers' Union",
            "person:Ada Morrow",
            "place:Ellery"),
        s.tags());
    assertEquals(Map.of("dateline", "ELLERY, June 18"), s.extra());
    assertEquals(file.toString(), s.origin());
    assertEquals("newsml", s.format());
  }

  @Test
  void aNewsMessageGivesOneStoryPerItemAndInlineDataIsPlainText() throws IOException {
    String xml = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>"
        + "<newsItem><itemMeta><provider literal=\"Ellery Wire\"/><firstCreated>2020-01-05T10:00:00+02:00</firstCreated>"
        + "</itemMeta><contentMeta><headline>Snow closes the pass</headline><by>By Lee Ward</by></contentMeta>"
        + "<contentSet><inlineData contenttype=\"text/plain\">The pass road closed at noon.\n\nIt may reopen on Monday."
        + "</inlineData></contentSet></newsItem>"
        + "<newsItem guid=\"wire-2\"><contentMeta><headline>Ferry runs again</headline></contentMeta></newsItem>"
        + "<newsItem><contentMeta/></newsItem>"
        + "</itemSet></newsMessage>";
    Collector c = new Collector();
    reader.read(
        Path.of("in", "wire.xml"),
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        c);
    assertEquals(List.of("wire-1", "wire-2"), c.ids());
    Story first = c.stories.get(0);
    assertEquals("The pass road closed at noon.\n\nIt may reopen on Monday.", first.body());
    assertEquals(Optional.of(PubDate.day(2020, 1, 5)), first.published());
    assertEquals("Ellery Wire", first.source());
    assertEquals("Lee Ward", first.byline());
    assertEquals("in/wire.xml#item 1", first.origin());
    assertEquals(
        List.of("in/wire.xml#item 3: no headline and no inlineXML/inlineData text"),
        c.skipStrings());
  }
}
