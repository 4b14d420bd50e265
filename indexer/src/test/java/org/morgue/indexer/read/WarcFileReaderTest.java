package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

class WarcFileReaderTest {

  @Test
  void eachHtmlCaptureIsAStoryAndOtherCapturesAreCountedInOneSkip() throws IOException {
    Path file = TestData.file("formats/captures.warc.gz");
    Collector c = new Collector();
    new StoryReaders().read(List.of(file), c);
    assertEquals(List.of("captures-3", "captures-7"), c.ids());
    assertEquals(
        List.of(file + ": 3 captures not indexed: not HTML or not a success"
            + " (HTTP 301 1, image/png 1, text/css 1)"),
        c.skipStrings());

    Story lighthouse = c.stories.get(0);
    assertEquals("Lighthouse reopens after two-year restoration", lighthouse.title());
    assertEquals(
        "The Ellery lighthouse opened to visitors again on Thursday, two years after storms cracked its"
            + " lantern room and closed its stairs.\n\n"
            + "Volunteers from the Ellery Heritage Trust, who raised most of the money, led the first tours, and the"
            + " keeper's cottage now holds a small museum.",
        lighthouse.body());
    assertEquals(
        Optional.of(PubDate.day(2021, 7, 1)),
        lighthouse.published(),
        "the page's date, not the capture's");
    assertEquals("The Ellery Herald", lighthouse.source());
    assertEquals("Ada Flint", lighthouse.byline());
    assertEquals("https://www.elleryherald.example/news/lighthouse-reopens", lighthouse.url());
    assertEquals(
        Map.of(
            "capture_url",
            "https://www.elleryherald.example/news/lighthouse-reopens",
            "captured",
            "2021-07-02T08:00:01Z"),
        lighthouse.extra());
    assertEquals(file + "#record 3", lighthouse.origin());
    assertEquals("warc", lighthouse.format());

    Story seals = c.stories.get(1);
    assertEquals("Harbour seals counted", seals.title());
    assertEquals(
        "Volunteers counted 212 harbour seals on the rocks below Ellery point this week, the highest number"
            + " since counts began.\n\n"
            + "The island's wildlife warden, Pia Sorel, said calmer winters and fewer boats near the colony had helped,"
            + " and asked visitors to keep their dogs on leads.",
        seals.body(),
        "gzip content-encoding decoded");
    assertEquals(
        Optional.of(PubDate.day(2021, 7, 3)),
        seals.published(),
        "undated page: the capture's UTC day");
    assertEquals("islandnotes.example", seals.source(), "no site name: the capture URL's host");
    assertEquals("https://islandnotes.example/2021/07/seal-count", seals.url());
  }
}
