package org.morgue.indexer.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.story.PubDate;

/** The five scraped seed stories, parsed exactly as the plain-text reader parses them. */
class PlainTextSeedsTest {

  private static final Path SEEDS = Path.of("../testdata/seeds");

  /** Furniture that appears somewhere in the seeds and must never reach a body. */
  private static final List<String> FURNITURE = List.of(
      "Please log in",
      "Log In",
      "Editors Choice",
      "Also in World News",
      "inbox",
      "cookies",
      "Show More",
      "Back to top",
      "Loading",
      "Photo: Getty Images",
      "/REUTERS",
      "\n\nf\n\n");

  private static ParsedText seed(String name) throws IOException {
    return PlainText.parse(Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8));
  }

  private static List<String> paragraphs(ParsedText p) {
    return List.of(p.body().split("\n\n"));
  }

  private static void assertClean(ParsedText p) {
    for (String f : FURNITURE) {
      assertFalse(p.body().contains(f), () -> "furniture left in body: " + f);
    }
    assertFalse(
        Pattern.compile("\n{3,}| {2,}").matcher(p.body()).find(),
        "paragraphs joined by one blank line");
    assertEquals(p.body().strip(), p.body());
  }

  @Test
  void seed000HasDatelineBylineAndWashingtonPostCreditAndOneCaption() throws IOException {
    ParsedText p = seed("000_079d92a754481f4e.txt");
    List<String> body = paragraphs(p);
    String caption =
        "Iraqi protesters set a sentry box ablaze in front of the US embassy in Baghdad amid fury"
            + " over US air strikes.";
    assertAll(
        () -> assertEquals("Ambassador flees as angry Iraqis storm US embassy", p.title()),
        () -> assertEquals(Optional.of(PubDate.day(2020, 1, 26)), p.published()),
        () -> assertEquals("Ahmed Rasheed", p.byline()),
        () -> assertEquals("Washington Post", p.source()),
        () -> assertEquals(caption, body.get(0)),
        () -> assertEquals(1, body.stream().filter(caption::equals).count()),
        () -> assertEquals(
            "Two weeks ago, Mr Pompeo warned Iran of a \"decisive US response\" if the regime or"
                + " its militias harmed American troops or allies in the region.",
            body.get(body.size() - 1)),
        () -> assertFalse(p.body().contains("Ahmed Rasheed")),
        () -> assertFalse(p.body().contains("©")),
        () -> assertFalse(p.body().contains("Sunday 26 January 2020")),
        () -> assertEquals(24, body.size()),
        () -> assertClean(p));
  }

  @Test
  void seed001KeepsDeckAndPlaceDatelineAndIsUndated() throws IOException {
    ParsedText p = seed("001_49c5f41f396e63f2.txt");
    List<String> body = paragraphs(p);
    assertAll(
        () -> assertEquals(
            "U.S. Embassy in Iraq getting military reinforcements amid violent protests",
            p.title()),
        // The caption's "December 31, 2019" is mid-story: not a publication date.
        () -> assertEquals(Optional.empty(), p.published()),
        () -> assertEquals("", p.byline()),
        () -> assertEquals("", p.source()),
        () -> assertEquals("Mob of protesters storm U.S. Embassy in Baghdad", body.get(0)),
        () -> assertEquals(true, body.get(1).startsWith("Istanbul, Turkey — President Trump said")),
        () -> assertEquals(
            "Protesters and militia fighters gather to condemn U.S. airstrikes on bases belonging to"
                + " Iran-backed paramilitary forces, outside the main gate of the U.S. Embassy in Baghdad, Iraq,"
                + " December 31, 2019.",
            body.get(4)),
        () -> assertEquals(
            "President Trump tweeted that Iran will be held responsible for the violent protests and"
                + " will pay a \"big price.\" But nearly 17 years after invading Iraq, the U.S. Embassy come under"
                + " attack under the noses of Iraqi security forces and the U.S. is competing with Iran to"
                + " influence the country's government.",
            body.get(body.size() - 1)),
        () -> assertEquals(8, body.size()),
        () -> assertClean(p));
  }

  @Test
  void seed002WithoutHeadlineGetsTitleFromFirstSentence() throws IOException {
    ParsedText p = seed("002_bf3de7300dd640e3.txt");
    List<String> body = paragraphs(p);
    assertAll(
        () -> assertEquals(
            "Hundreds of demonstrators, supporting Iranian-backed Shia militia groups in Iraq, have"
                + " stormed the…",
            p.title()),
        () -> assertEquals(Optional.empty(), p.published()),
        () -> assertEquals("", p.byline()),
        () -> assertEquals("", p.source()),
        () -> assertEquals(
            "Hundreds of demonstrators, supporting Iranian-backed Shia militia groups in Iraq, have"
                + " stormed the U.S. embassy in Baghdad, in response to U.S. airstrikes against those militia"
                + " groups.",
            body.get(0)),
        () -> assertEquals(
            "Jamal Jaafar Ibrahimi, also known as Abu Mahdi al-Mohandes, was also seen at the"
                + " demonstrations. He previously spent years in prison in Kuwait for carrying out the bombing of"
                + " the U.S. embassy there.",
            body.get(body.size() - 1)),
        () -> assertEquals(
            true, body.contains("— Donald J. Trump (@realDonaldTrump) December 31, 2019")),
        () -> assertEquals(16, body.size()),
        () -> assertClean(p));
  }

  @Test
  void seed003CreditsCnnAndDropsPageControls() throws IOException {
    ParsedText p = seed("003_75fc6c007729b890.txt");
    List<String> body = paragraphs(p);
    assertAll(
        () -> assertEquals(
            "US embassy attack: Protesters withdraw after standoff in Iraq", p.title()),
        () -> assertEquals(Optional.empty(), p.published()),
        () -> assertEquals("", p.byline()),
        () -> assertEquals("CNN", p.source()),
        () -> assertEquals(
            "Protesters who have been demonstrating outside the US embassy in Iraq for a second day"
                + " have withdrawn from the area after a tense standoff.",
            body.get(0)),
        () -> assertEquals(
            "About 750 US marines have been sent to the region to boost security, US Defence"
                + " Secretary Mark Esper has announced.",
            body.get(body.size() - 1)),
        () -> assertFalse(p.body().contains("-CNN")),
        () -> assertEquals(17, body.size()),
        () -> assertClean(p));
  }

  @Test
  void seed004ReadsDateLabelAndDerivesTitle() throws IOException {
    ParsedText p = seed("004_dcb1392a28173e2c.txt");
    List<String> body = paragraphs(p);
    assertAll(
        () -> assertEquals(
            "The US ambassador to Iraq and other employees were evacuated from their embassy in"
                + " Baghdad on…",
            p.title()),
        () -> assertEquals(Optional.of(PubDate.day(2019, 12, 31)), p.published()),
        () -> assertEquals("", p.byline()),
        () -> assertEquals("", p.source()),
        () -> assertEquals(
            true, body.get(0).startsWith("The US ambassador to Iraq and other employees were")),
        () -> assertEquals(
            true, body.get(0).endsWith("attacked US air strikes in Iraq at the gate.")),
        () -> assertEquals("\"Closed in the Name of the People\"", body.get(13)),
        () -> assertEquals(
            "Abdul Mahdi has condemned the air strikes in which at least 25 fighters were killed"
                + " and 55 injured.",
            body.get(body.size() - 1)),
        () -> assertFalse(p.body().contains("2019-12-31")),
        () -> assertEquals(22, body.size()),
        () -> assertClean(p));
  }
}
