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

class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader(StoryReaders.DEFAULT_MAX_RECORD_BYTES);

  @Test
  void aNewsPageGivesItsArticleWithoutFurnitureAndItsMetadataFromJsonLdAndOpenGraph()
      throws IOException {
    Path file = TestData.file("formats/harbour-page.html");
    Collector c = Collector.read(reader, file);
    assertEquals(List.of(), c.skips);
    Story s = c.stories.get(0);
    assertEquals("harbour-page", s.id());
    assertEquals("Ferry strike shuts Ellery harbour for a second day", s.title());
    assertEquals(
        "ELLERY — No ferries left Ellery harbour on Tuesday as the crews' strike, the first in twenty"
            + " years, entered its second day, stranding commuters, delivery vans and a school trip.\n\n"
            + "The Harbour Workers' Union said its members would stay out until the Ellery Ferry Company restored the"
            + " night-shift allowance it cut in April. “We are not asking for more, we are asking for what we had,”"
            + " said the union's secretary, Ada Morrow.\n\n"
            + "The company's chief executive, Leon Vasquez, said talks would resume on Thursday, and that a reduced"
            + " timetable, staffed by managers, could run from the weekend.\n\n"
            + "Mayor Ines Calder urged both sides to settle, saying the island's shops, clinics and schools depend on"
            + " the crossing.",
        s.body());
    assertEquals(
        Optional.of(PubDate.day(2021, 6, 16)), s.published(), "23:30 at -04:00 is the 16th in UTC");
    assertEquals("The Ellery Herald", s.source());
    assertEquals("Rosa Quint, Tomas Breck", s.byline(), "JSON-LD authors, one by @id reference");
    assertEquals(
        "https://www.elleryherald.example/news/ferry-strike-day-two",
        s.url(),
        "canonical, not og:url");
    assertEquals(List.of("Transport", "Labour", "Ellery harbour"), s.tags());
    assertEquals(Map.of(), s.extra());
    assertEquals(file.toString(), s.origin());
    assertEquals("html", s.format());
  }

  @Test
  void aWindows1252PageWithoutMetadataFallsBackToTitleTagAndPubdateTime() throws IOException {
    Collector c = Collector.read(reader, TestData.file("formats/pier-cafes.htm"));
    Story s = c.stories.get(0);
    assertEquals("pier-cafes", s.id());
    assertEquals("Café owners fight pier rents", s.title(), "the site's name is cut from <title>");
    assertEquals(
        "The owners of six cafés on Ellery pier say the council’s new rents, up by a third, will close"
            + " them before the summer season.\n\n"
            + "“We have had the same rent since 2012,” said João Pereira, who runs the Crab Shack, one of the busiest.",
        s.body());
    assertEquals(Optional.of(PubDate.day(2020, 2, 3)), s.published());
    assertEquals("", s.source(), "no site name and no URL: no outlet is guessed");
    assertEquals("", s.byline());
    assertEquals("", s.url());
  }

  @Test
  void jsonLdAsAnArrayWithAPlainAuthorAndTheOutletFromTheCanonicalHost() throws IOException {
    String page =
        "<html><head><link rel=\"canonical\" href=\"https://www.islandnotes.example/p/1\">"
            + "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"ReportageNewsArticle\","
            + "\"headline\":\"Seal pups tagged\",\"datePublished\":\"2019-05\",\"author\":\"Pia Sorel\","
            + "\"keywords\":\"wildlife, seals\"}]</script></head>"
            + "<body><div class=\"main\"><p>Twelve seal pups were tagged on the north rocks, a record for May.</p></div></body></html>";
    Story s = read("seal.html", page);
    assertEquals("Seal pups tagged", s.title());
    assertEquals(
        Optional.of(new PubDate(
            java.time.LocalDate.of(2019, 5, 1), org.morgue.indexer.story.DatePrecision.MONTH)),
        s.published());
    assertEquals("islandnotes.example", s.source());
    assertEquals("Pia Sorel", s.byline());
    assertEquals(List.of("wildlife", "seals"), s.tags());
    assertEquals("Twelve seal pups were tagged on the north rocks, a record for May.", s.body());
  }

  @Test
  void brokenJsonLdIsIgnoredAndMetaTagsStillCount() throws IOException {
    String page = "<html><head><meta property=\"og:title\" content=\"Pier lights fixed\">"
        + "<meta name=\"author\" content=\"Jo Ames\"><meta name=\"date\" content=\"2018-11-02\">"
        + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head>"
        + "<body><article><p>The lights on Ellery pier work again after a month in the dark, the council said.</p>"
        + "</article></body></html>";
    Story s = read("lights.html", page);
    assertEquals("Pier lights fixed", s.title());
    assertEquals("Jo Ames", s.byline());
    assertEquals(Optional.of(PubDate.day(2018, 11, 2)), s.published());
  }

  @Test
  void aPageWithNoTitleAndNoTextIsSkippedWithItsPath() throws IOException {
    Collector c = new Collector();
    Path file = Path.of("in", "blank.html");
    reader.read(
        file,
        new ByteArrayInputStream("<html><body><nav><a href=/>Home</a></nav></body></html>"
            .getBytes(StandardCharsets.UTF_8)),
        c);
    assertEquals(List.of("in/blank.html: no article text or title in the page"), c.skipStrings());
  }

  @Test
  void aTransportCharsetIsUsedWhenThePageDeclaresNoneAndABogusOneIsIgnored() throws IOException {
    byte[] latin1 =
        ("<html><head><title>Caf\u00e9 news</title></head><body><p>Le caf\u00e9 du port rouvre demain"
                + " matin.</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "Café news",
        HtmlReader.toStory(latin1, "ISO-8859-1", "", "x", "x", "warc")
            .orElseThrow()
            .title());
    assertEquals(
        "Café news",
        HtmlReader.toStory(latin1, "utf 8", "", "x", "x", "warc").orElseThrow().title(),
        "an unusable name falls back to detection, and invalid UTF-8 to windows-1252");
  }

  private Story read(String name, String page) throws IOException {
    Collector c = new Collector();
    reader.read(
        Path.of("in", name), new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), c);
    assertEquals(List.of(), c.skips);
    return c.stories.get(0);
  }
}
