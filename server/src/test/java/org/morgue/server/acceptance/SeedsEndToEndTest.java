package org.morgue.server.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.server.testing.ServedIndexTest;

/**
 * The foundation's acceptance check, through the production path: the index command (real readers,
 * cleaner and CoreNLP tagger) over the five seed stories, then the HTTP API over the built index.
 */
class SeedsEndToEndTest extends ServedIndexTest {

  private static final Path SEEDS = Path.of("..", "testdata", "seeds");

  @Override
  protected void build(Path indexDir) {
    indexWithCommand(indexDir, ExitCode.OK, "--threads", "2", SEEDS.toString());
  }

  private static List<String> facet(JsonNode body, String dim) {
    List<String> values = new ArrayList<>();
    body.get("facets")
        .get(dim)
        .forEach(v -> values.add(v.get("label").asText() + "=" + v.get("count").asInt()));
    return values;
  }

  @Test
  void embassyFindsAllFiveSeedsWithMarkedSnippets() throws Exception {
    JsonNode body = get("/api/search?q=embassy", 200);

    assertEquals(5, body.get("total").get("value").asInt());
    TreeSet<String> ids = new TreeSet<>();
    for (JsonNode hit : body.get("hits")) {
      ids.add(hit.get("id").asText());
      assertTrue(hit.get("snippets").get(0).asText().contains("<mark>"), hit.toString());
    }
    assertEquals(
        new TreeSet<>(List.of(
            "000_079d92a754481f4e",
            "001_49c5f41f396e63f2",
            "002_bf3de7300dd640e3",
            "003_75fc6c007729b890",
            "004_dcb1392a28173e2c")),
        ids);
  }

  @Test
  void khazaliIsOnePersonInFourStoriesWhateverTheSpelling() throws Exception {
    JsonNode body = get("/api/search?q=embassy", 200);
    List<String> people = facet(body, "person");
    assertEquals("Qais al-Khazali=4", people.get(1));
    assertEquals(
        1,
        people.stream()
            .filter(p -> p.toLowerCase(Locale.ROOT).contains("khazali"))
            .count(),
        people.toString());

    JsonNode filtered = get("/api/search?f.person=Qais%20Al-Khazali&sort=oldest", 200);
    List<String> ids = new ArrayList<>();
    filtered.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertEquals(
        List.of(
            "004_dcb1392a28173e2c",
            "000_079d92a754481f4e",
            "001_49c5f41f396e63f2",
            "002_bf3de7300dd640e3"),
        ids,
        "dated stories first (oldest), then undated by id");
  }

  @Test
  void trumpIsOnePersonInAllFiveStoriesThoughTwoNeverGiveHisFirstName() throws Exception {
    // Seeds 000 and 001 only say "President Trump"/"Trump"; 002-004 say "Donald Trump": the archive
    // pass gives the bare surname the full name the other stories use.
    JsonNode body = get("/api/search", 200);
    assertEquals(
        List.of(
            "Donald Trump=5",
            "Qais al-Khazali=4",
            "Adel Abdul Mahdi=3",
            "Hadi al-Amiri=2",
            "Jamal Jaafar Ibrahimi=2",
            "Ali Khamenei=1",
            "Jaafar al-Husseini=1",
            "Marco Rubio=1",
            "Mark Esper=1",
            "Mike Pompeo=1"),
        facet(body, "person"));
    assertEquals(
        5,
        get("/api/search?f.person=donald%20trump", 200)
            .get("total")
            .get("value")
            .asInt());
    // "US" and "U.S." are the bundled alias table's United States. "Badr" in "the Badr
    // organization" is
    // not a place: it is the Badr Organization another story names.
    assertEquals(
        List.of(
            "Baghdad=5",
            "Iran=5",
            "Iraq=5",
            "United States=5",
            "Tehran=3",
            "Washington=3",
            "Istanbul=1",
            "Kirkuk=1",
            "Kuwait=1",
            "Syria=1",
            "Turkey=1"),
        facet(body, "place"));
  }

  @Test
  void kataibHezbollahSpellingsAreOneOrganization() throws Exception {
    List<String> orgs = facet(get("/api/search", 200), "org");
    assertEquals(
        List.of("Kataib Hezbollah=4"),
        orgs.stream()
            .filter(o -> o.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").contains("hezbollah"))
            .toList());
  }

  @Test
  void noPageFurnitureOrPhotoCreditBecomesAFacetValue() throws Exception {
    JsonNode body = get("/api/search", 200);
    for (String dim : List.of("person", "org", "place", "source")) {
      for (String value : facet(body, dim)) {
        assertTrue(
            !value.startsWith("Getty Images")
                && !value.startsWith("Editors Choice")
                && !value.startsWith("World News"),
            dim + ": " + value);
      }
    }
  }

  @Test
  void datesAndOutletsComeFromTheTextOrStayUndated() throws Exception {
    JsonNode body = get("/api/search?interval=month", 200);
    assertEquals(JSON.readTree("""
        {"interval":"month","buckets":[{"key":"2019-12","count":1},{"key":"2020-01","count":1}],"undated":3,
         "min":"2019-12-31","max":"2020-01-26"}"""), body.get("dates"));
    assertEquals(List.of("CNN=1", "Washington Post=1"), facet(body, "source"));
  }

  @Test
  void statsDescribeTheSeedArchive() throws Exception {
    JsonNode stats = get("/api/stats", 200);
    ((com.fasterxml.jackson.databind.node.ObjectNode) stats).remove("built_at");
    // The build's size on disk depends on codec details, not on the seeds: only its presence is
    // fixed.
    assertTrue(((com.fasterxml.jackson.databind.node.ObjectNode) stats)
            .remove("size_bytes")
            .asLong()
        > 0);
    assertEquals(JSON.readTree("""
        {"stories":5,"dated":2,"undated":3,"min":"2019-12-31","max":"2020-01-26",
         "facets":{"person":10,"org":11,"place":11,"source":2,"tag":0}}"""), stats);
  }
}
