package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.testing.ServedIndexTest;
import org.morgue.server.testing.TestArchive;

/**
 * Answers that must read right when an archive holds copies: the total says how many stories the
 * collapsed list stands for, related stories are one per copy group, and absent fields are null.
 */
class CopyAwareAnswersTest extends ServedIndexTest {

  static final String WIRE =
      "Floodwaters rose across the river valley on Monday, forcing thousands of residents to leave"
          + " their homes as rescue teams worked through the night to reach villages cut off by the water.";

  static Story story(String id, String body, int day, String source, String byline, String url) {
    return new Story(
        id,
        "Flood " + id,
        body,
        Optional.of(PubDate.day(2020, 1, day)),
        source,
        byline,
        url,
        List.of(),
        Map.of(),
        "test:" + id,
        "test");
  }

  @Override
  protected void build(Path archive) throws Exception {
    TestArchive.build(
        archive,
        List.of(
            story("c1", WIRE, 2, "Reuters", "", ""),
            story("c2", WIRE + " Officials said two people were missing.", 3, "AP", "", ""),
            story("c3", WIRE, 2, "AFP", "", ""),
            story(
                "n1",
                "Rescue teams reached villages in the river valley cut off by floodwaters, and residents"
                    + " who had fled their homes began to return on Thursday.",
                5,
                "",
                "Staff",
                "https://example.org/n1"),
            story(
                "u1",
                "A flood of orders lifted factory output in the region, the statistics office said on Monday.",
                4,
                "Reuters",
                "",
                ""),
            // Unrelated stories, so that the flood words are rare enough for MoreLikeThis to pick
            // them.
            story(
                "f1",
                "The council approved a budget for schools and libraries after a long debate.",
                6,
                "Gazette",
                "",
                ""),
            story(
                "f2",
                "The home team won the cup final with a late goal before a record crowd.",
                7,
                "Gazette",
                "",
                ""),
            story(
                "f3",
                "Shares of the carmaker fell after it cut its forecast for the year.",
                8,
                "Gazette",
                "",
                ""),
            story(
                "f4",
                "A new ferry timetable starts next week with two extra crossings a day.",
                9,
                "Gazette",
                "",
                ""),
            story(
                "f5",
                "The museum reopened its east wing with a show of early photographs.",
                10,
                "Gazette",
                "",
                ""),
            story(
                "f6",
                "Hospital waiting times shortened after the clinic hired more nurses.",
                11,
                "Gazette",
                "",
                "")));
  }

  static List<String> ids(JsonNode hits) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.get("id").asText()));
    return out;
  }

  @Test
  void theTotalSaysHowManyStoriesTheCollapsedListStandsFor() throws Exception {
    // Two entries (the c group and n1), four stories: what the source facet's counts add up to.
    assertEquals(
        JSON.readTree("{\"value\":2,\"exact\":true,\"stories\":4}"),
        get("/api/search?q=floodwaters").get("total"));
    assertEquals(
        JSON.readTree("{\"value\":4,\"exact\":true,\"stories\":4}"),
        get("/api/search?q=floodwaters&collapse=false").get("total"));
    // A facet value's count is the stories the filtered search finds: Reuters 2 -> 2 stories, in 2
    // entries.
    JsonNode reuters = get("/api/search?f.source=Reuters");
    assertEquals(JSON.readTree("{\"value\":2,\"exact\":true,\"stories\":2}"), reuters.get("total"));
  }

  @Test
  void relatedStoriesAreOnePerCopyGroupAndNeverTheStorysOwn() {
    // c1, c2 and c3 all share n1's words; they are one story, listed once by its best-ranked copy.
    List<String> related = ids(get("/api/stories/n1/similar").get("hits"));
    assertEquals("c1", related.get(0), related.toString());
    assertEquals(1, related.stream().filter(id -> id.startsWith("c")).count(), related.toString());
    assertTrue(ids(get("/api/stories/c2/similar").get("hits")).stream()
        .noneMatch(id -> id.startsWith("c")));
  }

  @Test
  void anOutletBylineOrLinkTheStoryLacksIsNullNotEmpty() throws Exception {
    JsonNode hit = get("/api/search?q=floodwaters&sort=newest").get("hits").get(0);
    assertEquals("n1", hit.get("id").asText());
    assertTrue(hit.get("source").isNull(), hit.toString());
    assertEquals("Staff", hit.get("byline").asText());
    JsonNode c1 = get("/api/stories/c1");
    assertTrue(c1.get("byline").isNull() && c1.get("url").isNull(), c1.toString());
    assertEquals("Reuters", c1.get("source").asText());
  }
}
