package org.morgue.server.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.server.testing.ServedIndexTest;

/**
 * Event threads through the production path: the demo's test data indexed by the index command (real
 * tagger, event clustering at its defaults), then the API. The five seeds, five outlets' reports of the
 * storming of the US embassy in Baghdad, are one event and nothing else is in it.
 */
class SeedEventTest extends ServedIndexTest {

  private static final Path TESTDATA = Path.of("..", "testdata");

  @Override
  protected void build(Path indexDir) {
    // The awkward fixtures are skipped by design: the build is partial, not failed.
    indexWithCommand(
        indexDir, ExitCode.PARTIAL, "--threads", "2", "--reworded", TESTDATA.toString());
  }

  @Test
  void theFiveSeedsAreOneEventOfFiveStoriesFromTheirOutlets() throws Exception {
    JsonNode hits =
        get("/api/search?q=embassy%20AND%20baghdad&collapse=false&size=50", 200).get("hits");
    TreeSet<String> events = new TreeSet<>();
    TreeSet<String> seeds = new TreeSet<>();
    for (JsonNode hit : hits) {
      if (hit.get("id").asText().matches("00[0-4]_.*")) {
        seeds.add(hit.get("id").asText());
        events.add(hit.get("event").toString());
      }
    }
    assertEquals(5, seeds.size());
    assertEquals(1, events.size(), events.toString());
    JsonNode event = JSON.readTree(events.first());
    assertEquals(5, event.get("stories").asInt());
    JsonNode view = get("/api/events/" + event.get("id").asText(), 200);
    List<String> ids = new ArrayList<>();
    view.get("stories").forEach(s -> ids.add(s.get("id").asText()));
    // By date (31 Dec 2019, 26 Jan 2020), the undated three after them by id.
    assertEquals(
        List.of(
            "004_dcb1392a28173e2c",
            "000_079d92a754481f4e",
            "001_49c5f41f396e63f2",
            "002_bf3de7300dd640e3",
            "003_75fc6c007729b890"),
        ids);
    TreeSet<String> outlets = new TreeSet<>();
    view.get("stories").forEach(s -> {
      if (!s.get("source").isNull() && !s.get("source").asText().isBlank()) {
        outlets.add(s.get("source").asText());
      }
    });
    assertEquals(outlets.size(), event.get("outlets").asInt());
    assertEquals(outlets.size(), view.get("outlets").size());
    assertEquals(List.of("2019-12-31", "2020-01-26"), dates(view.get("timeline")));
  }

  @Test
  void aStoryCarriesItsEventAndItsIdNamesTheEventToo() throws Exception {
    JsonNode story = get("/api/stories/001_49c5f41f396e63f2", 200);
    assertEquals(5, story.get("event").get("stories").asInt());
    assertEquals(5, get("/api/events/001_49c5f41f396e63f2", 200).get("size").asInt());
    JsonNode missing = get("/api/events/no-such-event", 404).get("error");
    assertEquals("not_found", missing.get("code").asText());
    assertEquals(
        "no event with id no-such-event (neither an event's id nor a story's)",
        missing.get("message").asText());
  }

  @Test
  void seed004IsARewordedVersionOf000AndTheOtherSeedsAreVersionsOfNothing() throws Exception {
    // 000 (Ahmed Rasheed's report) and 004 (the same report reworded, filed under its first
    // sentence):
    // a third of the shorter story's sentences align in order at cosine >= 0.85; they share too few
    // word
    // shingles (Jaccard 0.12) to be copies.
    assertEquals(JSON.readTree("""
        {"id":"000_079d92a754481f4e","group":"000_079d92a754481f4e","versions":[
          {"id":"000_079d92a754481f4e","title":"Ambassador flees as angry Iraqis storm US embassy","source":"Washington Post",
           "published":"2020-01-26","similarity":1.0,"lead":true,"kind":"copy"},
          {"id":"004_dcb1392a28173e2c","title":"The US ambassador to Iraq and other employees were evacuated \
        from their embassy in Baghdad on…","source":"","published":"2019-12-31","similarity":0.33333334,
           "lead":false,"kind":"reworded"}]}"""), get("/api/stories/000_079d92a754481f4e/versions", 200));
    assertEquals(
        List.of("004_dcb1392a28173e2c", "000_079d92a754481f4e"),
        ids(get("/api/stories/004_dcb1392a28173e2c/versions", 200)));
    for (String seed :
        List.of("001_49c5f41f396e63f2", "002_bf3de7300dd640e3", "003_75fc6c007729b890")) {
      assertEquals(List.of(seed), ids(get("/api/stories/" + seed + "/versions", 200)), seed);
    }
  }

  static List<String> ids(JsonNode versions) {
    List<String> out = new ArrayList<>();
    versions.get("versions").forEach(v -> out.add(v.get("id").asText()));
    return out;
  }

  private static List<String> dates(JsonNode timeline) {
    List<String> out = new ArrayList<>();
    timeline.forEach(d -> out.add(d.get("date").asText()));
    return out;
  }
}
