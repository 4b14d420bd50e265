package org.morgue.server.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.server.testing.ServedIndexTest;

/**
 * Exact and folded matching over the five seed stories, built by the production index command (entity
 * extraction off: this is about the text fields) and asked through the real HTTP API. The seeds spell the
 * militia "Kataib", "Kata’ib" (002 only) and "Kataib's", and the country "US", "U.S." and, once, the
 * pronoun "us" (000).
 */
class ExactModeSeedsTest extends ServedIndexTest {

  private static final Path SEEDS = Path.of("..", "testdata", "seeds");
  private static final String S000 = "000_079d92a754481f4e";
  private static final String S001 = "001_49c5f41f396e63f2";
  private static final String S002 = "002_bf3de7300dd640e3";
  private static final String S003 = "003_75fc6c007729b890";
  private static final String S004 = "004_dcb1392a28173e2c";

  @Override
  protected void build(Path indexDir) {
    indexWithCommand(indexDir, ExitCode.OK, "--no-entities", SEEDS.toString());
  }

  static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void anExactPhraseWithATypedApostropheFindsOnlyTheTypesetSpelling() {
    JsonNode body = get("/api/search?q=exact:%22Kata%27ib%20Hezbollah%22", 200);
    assertEquals(1, body.get("total").get("value").asInt());
    assertEquals(List.of(S002), ids(body));
    assertEquals(
        List.of(
            "…The demonstrators carried out chants of “death to America” and draped the flags of the <mark>Kata’ib Hezbollah</mark> militia over the embassy walls.",
            "…— Donald J. Trump (@realDonaldTrump) December 31, 2019 Jaafar al-Husseini, representative for the <mark>Kata’ib Hezbollah</mark>, said the demonstrators intend to protest against the embassy until the facility is shut down and U.S. troops and diplomats are forced to leave Iraq."),
        texts(body.get("hits").get(0).get("snippets")));
    JsonNode query = body.get("query");
    assertEquals("folded", query.get("mode").asText());
    assertEquals(
        "[{\"text\":\"\\\"Kata'ib Hezbollah\\\"\",\"field\":null,\"mode\":\"exact\"}]",
        query.get("clauses").toString());
    assertEquals(
        "(title_exact:\"Kata'ib Hezbollah\")^2.0 (body_exact:\"Kata'ib Hezbollah\")^1.0",
        query.get("parsed").asText());
  }

  @Test
  void foldedKataibHezbollahFindsEverySpelling() {
    assertEquals(
        List.of(S000, S002, S003, S004),
        ids(get("/api/search?q=%22Kata%27ib%20Hezbollah%22&sort=oldest&collapse=false", 200))
            .stream()
            .sorted()
            .toList());
  }

  @Test
  void exactUsIsNotThePronounAndExactLowerCaseUsIsOnlyThePronoun() {
    JsonNode country = get("/api/search?q=exact:US&size=5", 200);
    assertEquals(List.of(S000, S003, S004), ids(country).stream().sorted().toList());
    country.get("hits").forEach(hit -> {
      for (String snippet : texts(hit.get("snippets"))) {
        assertFalse(snippet.contains("<mark>us</mark>"), snippet);
      }
    });
    JsonNode pronoun = get("/api/search?q=exact:us", 200);
    assertEquals(List.of(S000), ids(pronoun));
    assertEquals(
        List.of(
            "…&quot;We warned the Iraqi government, many times, to carry out their responsibility to protect "
                + "<mark>us</mark> as their invited guests,&quot; said a senior State Department official."),
        texts(pronoun.get("hits").get(0).get("snippets")));
    assertEquals(
        "Ambassador flees as angry Iraqis storm US embassy",
        pronoun.get("hits").get(0).get("title_hl").asText());
  }

  @Test
  void foldedUsEmbassyStillFindsEverySpellingOfIt() {
    JsonNode body = get("/api/search?q=%22U.S.%20embassy%22&collapse=false", 200);
    assertEquals(5, body.get("total").get("value").asInt());
    assertEquals(
        List.of(S000, S001, S002, S003, S004), ids(body).stream().sorted().toList());
    assertEquals(
        "[{\"text\":\"\\\"U.S. embassy\\\"\",\"field\":null,\"mode\":\"folded\"}]",
        body.get("query").get("clauses").toString());
  }

  @Test
  void exactModeMatchesTheCapitalisedWordOnlyAndMarksOnlyIt() {
    JsonNode body = get("/api/search?q=Embassy&mode=exact&size=2", 200);
    assertEquals(2, body.get("total").get("value").asInt());
    assertEquals(List.of(S001, S002), ids(body));
    assertEquals(
        List.of(
            "…<mark>Embassy</mark> guards fired tear gas canisters to disperse the mobbing crowd and civil defense workers inside the compound began efforts to put out fires with water hoses.",
            "…We strongly responded, and always will. Now Iran is orchestrating an attack on the U.S. <mark>Embassy</mark> in Iraq. They will be held fully responsible.",
            "…In addition, we expect Iraq to use its forces to protect the <mark>Embassy</mark>, and so notified!"),
        texts(body.get("hits").get(1).get("snippets")));
    assertEquals("exact", body.get("query").get("mode").asText());
    assertEquals(
        "(title_exact:Embassy)^2.0 (body_exact:Embassy)^1.0",
        body.get("query").get("parsed").asText());
  }

  @Test
  void eachClauseSaysWhichModeItUsedAndNamesStayFolded() {
    JsonNode body = get(
        "/api/search?q=folded:embassies%20AND%20title:Embassy%20AND%20exact:Kata%27i*%20source:cnn&mode=exact",
        200);
    assertEquals(
        "[{\"text\":\"embassies\",\"field\":null,\"mode\":\"folded\"},"
            + "{\"text\":\"Embassy\",\"field\":\"title\",\"mode\":\"exact\"},"
            + "{\"text\":\"Kata'i*\",\"field\":null,\"mode\":\"exact\"},"
            + "{\"text\":\"cnn\",\"field\":\"source\",\"mode\":\"folded\"}]",
        body.get("query").get("clauses").toString());
    assertEquals(
        "+((title:embassy)^2.0 (body:embassy)^1.0) +title_exact:Embassy "
            + "+((title_exact:Kata'i*)^2.0 (body_exact:Kata'i*)^1.0) +source:cnn",
        body.get("query").get("parsed").asText());
  }

  @Test
  void proximityAndWildcardsWorkInExactMode() {
    assertEquals(
        List.of(S000, S003),
        ids(get("/api/search?q=%22Kataib%20militia%22~2&mode=exact&collapse=false", 200)).stream()
            .sorted()
            .toList());
    // Kata'i* matches the typeset Kata’ib (002); Katai* would match Kataib (000, 003) and Kataib's
    // (004).
    assertEquals(List.of(S002), ids(get("/api/search?q=Kata%27i*&mode=exact", 200)));
    assertEquals(
        List.of(S000, S003, S004),
        ids(get("/api/search?q=Katai*&mode=exact&collapse=false", 200)).stream()
            .sorted()
            .toList());
  }

  @Test
  void theStoryReaderMarksExactHitsExactly() {
    JsonNode story = get("/api/stories/" + S002, 200);
    String text = story.get("body").asText();
    JsonNode exact = get("/api/stories/" + S002 + "/hits?q=Embassy&mode=exact", 200);
    assertEquals("exact", exact.get("mode").asText());
    assertEquals(occurrences(text, "\\bEmbassy\\b"), ranges(exact.get("body")));
    for (List<Integer> r : ranges(exact.get("body"))) {
      assertEquals("Embassy", text.substring(r.get(0), r.get(1)));
    }
    JsonNode folded = get("/api/stories/" + S002 + "/hits?q=Embassy", 200);
    assertEquals(occurrences(text, "(?i)\\bembass(y|ies)\\b"), ranges(folded.get("body")));
    assertTrue(ranges(folded.get("body")).size() > ranges(exact.get("body")).size());
    assertEquals(
        "{\"id\":\"" + S002 + "\",\"q\":\"exact:\\\"Kata’ib\\\"\",\"mode\":\"folded\",\"title\":[],"
            + "\"body\":[{\"start\":458,\"end\":465},{\"start\":1980,\"end\":1987}]}",
        get("/api/stories/" + S002 + "/hits?q=exact:%22Kata%E2%80%99ib%22", 200).toString());
  }

  private static List<List<Integer>> occurrences(String text, String regex) {
    List<List<Integer>> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(List.of(m.start(), m.end()));
    }
    return out;
  }

  private static List<List<Integer>> ranges(JsonNode array) {
    List<List<Integer>> out = new ArrayList<>();
    array.forEach(r -> out.add(List.of(r.get("start").asInt(), r.get("end").asInt())));
    return out;
  }

  @Test
  void exactErrorsSayWhatAndWhere() {
    assertEquals(
        "{\"error\":{\"code\":\"invalid_query\",\"message\":\"a term cannot start with * or ? ('*bar', an exact "
            + "clause): it would scan every word in the archive\",\"position\":6}}",
        get("/api/search?q=exact:*bar", 400).toString());
    assertEquals(
        "{\"error\":{\"code\":\"invalid_query\",\"message\":\"the exact clause /[a/ is invalid: expected ']' at "
            + "position 2\",\"position\":6}}",
        get("/api/search?q=exact:/%5Ba/", 400).toString());
    assertEquals(
        "{\"error\":{\"code\":\"invalid_query\",\"message\":\"unknown field 'title_exact'; searchable fields are "
            + "title, body, byline, source, person, org, place, tag, and exact: or folded: for the title and body in that mode\","
            + "\"position\":0}}",
        get("/api/search?q=title_exact:x", 400).toString());
    assertEquals(
        "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"mode must be one of folded, exact, was 'bogus'\"}}",
        get("/api/search?q=x&mode=bogus", 400).toString());
    assertEquals(
        "invalid_parameter",
        get("/api/stories/" + S002 + "/hits?q=x&mode=EXACT", 400)
            .get("error")
            .get("code")
            .asText());
  }
}
