package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.testing.ServedIndexTest;
import org.morgue.server.testing.TestArchive;

/** Copy groups over HTTP: collapsed search, versions, diff, and similar leaving copies out. */
class CopiesApiTest extends ServedIndexTest {

  static final String WIRE =
      "Floodwaters rose across the river valley on Monday, forcing thousands of residents to leave"
          + " their homes as rescue teams worked through the night to reach villages cut off by the water.";
  static final String UPDATE = " Officials said two people were missing.";

  static Story story(String id, String body, int day, String source) {
    return new Story(
        id,
        "Flood " + id,
        body,
        Optional.of(PubDate.day(2020, 1, day)),
        source,
        "",
        "",
        List.of(),
        Map.of(),
        "test:" + id,
        "test");
  }

  /** c1 leads c3 (identical) and c2 (c1 plus a sentence); u1 stands alone. */
  static List<Story> stories() {
    return List.of(
        story("c2", WIRE + UPDATE, 3, "AP"),
        story("c1", WIRE, 2, "Reuters"),
        story("c3", WIRE, 2, "AFP"),
        story(
            "u1",
            "A flood of orders lifted factory output in the region, the statistics office said on Monday.",
            4,
            "Reuters"));
  }

  @Override
  protected void build(Path archive) throws Exception {
    TestArchive.build(archive, stories());
  }

  static List<String> field(JsonNode hits, String name) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.get(name).asText()));
    return out;
  }

  @Test
  void searchCollapsesEachGroupToItsBestRankedMember() throws Exception {
    JsonNode body = get("/api/search?q=floodwaters%20OR%20flood&sort=newest");
    assertEquals(List.of("u1", "c2"), field(body.get("hits"), "id"));
    assertEquals(List.of("1", "3"), field(body.get("hits"), "versions"));
    assertEquals(2, body.get("total").get("value").asInt());
    // Facets count stories, not groups.
    assertEquals(JSON.readTree("""
        [{"value":"Reuters","label":"Reuters","count":2,"selected":false},
         {"value":"AFP","label":"AFP","count":1,"selected":false},
         {"value":"AP","label":"AP","count":1,"selected":false}]"""), body.get("facets").get("source"));
  }

  @Test
  void collapseFalseShowsEveryCopy() {
    JsonNode body = get("/api/search?q=floodwaters%20OR%20flood&sort=newest&collapse=false");
    assertEquals(List.of("u1", "c2", "c1", "c3"), field(body.get("hits"), "id"));
    assertEquals(4, body.get("total").get("value").asInt());
  }

  @Test
  void pagesAndCursorsWalkTheCollapsedList() {
    JsonNode first = get("/api/search?sort=oldest&size=1");
    assertEquals(List.of("c1"), field(first.get("hits"), "id"));
    assertEquals(2, first.get("total").get("value").asInt());
    JsonNode second =
        get("/api/search?sort=oldest&size=1&cursor=" + first.get("next_cursor").asText());
    assertEquals(List.of("u1"), field(second.get("hits"), "id"));
    assertEquals(true, second.get("next_cursor").isNull());
    assertEquals(
        List.of("u1"), field(get("/api/search?sort=oldest&size=1&page=2").get("hits"), "id"));
  }

  @Test
  void versionsListTheGroupLeadFirstWithSimilarity() throws Exception {
    // WIRE has 29 distinct three-word shingles, c2 six more: Jaccard 29/35.
    assertEquals(JSON.readTree("""
        {"id":"c2","group":"c1","versions":[
          {"id":"c1","title":"Flood c1","source":"Reuters","published":"2020-01-02","similarity":1.0,"lead":true,"kind":"copy"},
          {"id":"c3","title":"Flood c3","source":"AFP","published":"2020-01-02","similarity":1.0,"lead":false,"kind":"copy"},
          {"id":"c2","title":"Flood c2","source":"AP","published":"2020-01-03","similarity":0.82857144,"lead":false,"kind":"copy"}]}"""), get("/api/stories/c2/versions"));
    assertEquals(
        "u1", get("/api/stories/u1/versions").get("versions").get(0).get("id").asText());
    assertEquals(
        "not_found", get("/api/stories/nope/versions").get("error").get("code").asText());
  }

  @Test
  void diffShowsTheInsertedSentence() throws Exception {
    assertEquals(
        JSON.readTree(String.format(Locale.ROOT, """
        {"from":"c1","to":"c2","runs":[{"op":"equal","text":%s},{"op":"insert","text":" Officials said two people were missing."}],
         "bounded":false}""", JSON.writeValueAsString(WIRE))),
        get("/api/stories/c1/diff/c2"));
    assertEquals(
        JSON.readTree(String.format(Locale.ROOT, """
        {"from":"c2","to":"c1","runs":[{"op":"equal","text":%s},{"op":"delete","text":" Officials said two people were missing."}],
         "bounded":false}""", JSON.writeValueAsString(WIRE))),
        get("/api/stories/c2/diff/c1"));
  }

  @Test
  void similarLeavesOutTheStorysOwnCopies() {
    // c2 and c3 share every distinctive word of c1 and would rank first; u1 shares none of them.
    assertEquals(List.of(), field(get("/api/stories/c1/similar").get("hits"), "id"));
  }
}
