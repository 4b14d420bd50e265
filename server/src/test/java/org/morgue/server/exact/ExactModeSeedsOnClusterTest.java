package org.morgue.server.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.morgue.server.search.SearchService;
import org.morgue.server.testing.TestCluster;

/**
 * {@link ExactModeSeedsTest}'s exact expectations, answered by the OpenSearch backend through the
 * {@code title.exact} and {@code body.exact} sub-fields. Three tests compare whole snippets; on the
 * cluster they keep the hits, totals, parsed query and the marked words, and leave the passages to the
 * documented differences (docs/opensearch.md: OpenSearch's own passage boundaries, no "…" at a cut,
 * a phrase marked word by word).
 */
class ExactModeSeedsOnClusterTest extends ExactModeSeedsTest {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
  private static final String S000 = "000_079d92a754481f4e";
  private static final String S001 = "001_49c5f41f396e63f2";
  private static final String S002 = "002_bf3de7300dd640e3";

  @Override
  protected SearchService openService(Path archiveDir) throws Exception {
    return TestCluster.load(archiveDir, getClass(), 0);
  }

  /** Every marked text in a hit's snippets, in order. */
  private static List<String> marked(JsonNode hit) {
    List<String> out = new ArrayList<>();
    hit.get("snippets").forEach(s -> {
      Matcher m = MARK.matcher(s.asText());
      while (m.find()) {
        out.add(m.group(1));
      }
    });
    return out;
  }

  @Test
  @Override
  void anExactPhraseWithATypedApostropheFindsOnlyTheTypesetSpelling() {
    JsonNode body = get("/api/search?q=exact:%22Kata%27ib%20Hezbollah%22", 200);
    assertEquals(1, body.get("total").get("value").asInt());
    assertEquals(List.of(S002), ids(body));
    assertEquals(
        new TreeSet<>(List.of("Kata’ib", "Hezbollah")),
        new TreeSet<>(marked(body.get("hits").get(0))));
    assertEquals(
        "(title_exact:\"Kata'ib Hezbollah\")^2.0 (body_exact:\"Kata'ib Hezbollah\")^1.0",
        body.get("query").get("parsed").asText());
  }

  @Test
  @Override
  void exactModeMatchesTheCapitalisedWordOnlyAndMarksOnlyIt() {
    JsonNode body = get("/api/search?q=Embassy&mode=exact&size=2", 200);
    assertEquals(2, body.get("total").get("value").asInt());
    assertEquals(List.of(S001, S002), ids(body));
    List<String> marks = marked(body.get("hits").get(1));
    // How many passages, so how many marks, is the cluster highlighter's choice; what is marked is
    // not.
    assertEquals(new TreeSet<>(List.of("Embassy")), new TreeSet<>(marks));
    assertEquals(
        "(title_exact:Embassy)^2.0 (body_exact:Embassy)^1.0",
        body.get("query").get("parsed").asText());
  }

  @Test
  @Override
  void exactUsIsNotThePronounAndExactLowerCaseUsIsOnlyThePronoun() {
    JsonNode country = get("/api/search?q=exact:US&size=5", 200);
    assertEquals(
        List.of(S000, "003_75fc6c007729b890", "004_dcb1392a28173e2c"),
        ids(country).stream().sorted().toList());
    country
        .get("hits")
        .forEach(hit -> assertTrue(marked(hit).stream().allMatch("US"::equals), hit.toString()));
    JsonNode pronoun = get("/api/search?q=exact:us", 200);
    assertEquals(List.of(S000), ids(pronoun));
    JsonNode hit = pronoun.get("hits").get(0);
    assertEquals(List.of("us"), marked(hit));
    assertTrue(
        hit.get("snippets")
            .get(0)
            .asText()
            .contains("to protect <mark>us</mark> as their invited guests"),
        hit.toString());
    assertEquals(
        "Ambassador flees as angry Iraqis storm US embassy", hit.get("title_hl").asText());
  }
}
