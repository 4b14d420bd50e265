package org.morgue.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.morgue.indexer.entity.EntityType.ORG;
import static org.morgue.indexer.entity.EntityType.PERSON;
import static org.morgue.indexer.entity.EntityType.PLACE;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonicalisation on hand-placed mentions: no model needed, every rule isolated. */
class CanonicalizerTest {

  /** Builds mentions by finding each needle in the body, left to right. */
  private static final class Story {
    final String body;
    final List<Mention> mentions = new ArrayList<>();
    int from;

    Story(String body) {
      this.body = body;
    }

    Story tag(EntityType type, String needle) {
      int at = body.indexOf(needle, from);
      mentions.add(new Mention(type, new Span(false, at, at + needle.length())));
      from = at + needle.length();
      return this;
    }

    List<String> entities() {
      return Canonicalizer.canonicalize(new StoryText("", body), mentions).stream()
          .map(e ->
              e.type() + ":" + e.key() + "=" + e.display() + "x" + e.spans().size())
          .toList();
    }
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Mr Khazali|Khazali
      Mr. Pompeo|Pompeo
      President Trump|Trump
      President Donald Trump|Donald Trump
      Secretary of State Mike Pompeo|Mike Pompeo
      US senator Marco Rubio|Marco Rubio
      U.S. Senator Marco Rubio|Marco Rubio
      Supreme Leader Ayatollah Ali Khamenei|Ali Khamenei
      Iraqi Prime Minister Adel Abdul Mahdi|Adel Abdul Mahdi
      Acting Prime Minister Adel Abdul Mahdi|Adel Abdul Mahdi
      Dr Jane Smith|Jane Smith
      President|President
      John Major|John Major
      Marco Rubio|Marco Rubio
      """)
  void stripsLeadingTitlesFromPeople(String tagged, String name) {
    StoryText text = new StoryText("", "said " + tagged + " today");
    Span stripped = PersonTitles.strip(text, new Span(false, 5, 5 + tagged.length()));
    assertEquals(name, text.of(stripped));
  }

  @Test
  void surnameAndTitledFormsJoinTheOneFullName() {
    Story s = new Story(
            "Qais al-Khazali spoke. Mr Khazali left. al-Khazali returned. President Trump "
                + "and Donald Trump met. Trump smiled.")
        .tag(PERSON, "Qais al-Khazali")
        .tag(PERSON, "Mr Khazali")
        .tag(PERSON, "al-Khazali")
        .tag(PERSON, "Trump")
        .tag(PERSON, "Donald Trump")
        .tag(PERSON, "Trump");
    assertEquals(
        List.of("PERSON:qais al khazali=Qais al-Khazalix3", "PERSON:donald trump=Donald Trumpx3"),
        s.entities());
  }

  @Test
  void surnameSharedByTwoFullNamesStaysApart() {
    Story s = new Story("Ed Miliband and David Miliband argued. Miliband won.")
        .tag(PERSON, "Ed Miliband")
        .tag(PERSON, "David Miliband")
        .tag(PERSON, "Miliband");
    assertEquals(
        List.of(
            "PERSON:ed miliband=Ed Milibandx1",
            "PERSON:david miliband=David Milibandx1",
            "PERSON:miliband=Milibandx1"),
        s.entities());
  }

  @Test
  void middleInitialDoesNotSplitAPerson() {
    Story s = new Story("Donald J. Trump wrote. Donald Trump said. Trump left.")
        .tag(PERSON, "Donald J. Trump")
        .tag(PERSON, "Donald Trump")
        .tag(PERSON, "Trump");
    assertEquals(List.of("PERSON:donald trump=Donald J. Trumpx3"), s.entities());
  }

  @Test
  void displayIsTheMostFrequentFullForm() {
    Story s = new Story(
            "Kata'ib Hezbollah, Kataib-Hezbollah, Kataib-Hezbollah and KATAIB HEZBOLLAH.")
        .tag(ORG, "Kata'ib Hezbollah")
        .tag(ORG, "Kataib-Hezbollah")
        .tag(ORG, "Kataib-Hezbollah")
        .tag(ORG, "KATAIB HEZBOLLAH");
    assertEquals(List.of("ORG:kataib hezbollah=Kataib-Hezbollahx4"), s.entities());
  }

  @Test
  void cityNamingItsTeamKeepsBothTypesUnlessOneDominates() {
    Story split = new Story("Chicago beat Boston. In Chicago, fans cheered.")
        .tag(ORG, "Chicago")
        .tag(ORG, "Boston")
        .tag(PLACE, "Chicago");
    assertEquals(
        List.of("ORG:chicago=Chicagox1", "ORG:boston=Bostonx1", "PLACE:chicago=Chicagox1"),
        split.entities());
    Story dominant = new Story("Paris said. Paris agreed. Paris left. Paris won.")
        .tag(PLACE, "Paris")
        .tag(PLACE, "Paris")
        .tag(PLACE, "Paris")
        .tag(ORG, "Paris");
    assertEquals(List.of("PLACE:paris=Parisx4"), dominant.entities());
  }

  @Test
  void majorityVoteGivesOneTypePerKey() {
    Story s = new Story(
            "Trump said. Chants of Trump. Trump left. In Washington, Washington agreed.")
        .tag(PERSON, "Trump")
        .tag(PLACE, "Trump")
        .tag(PERSON, "Trump")
        .tag(PLACE, "Washington")
        .tag(PERSON, "Washington");
    // 2 PERSON vs 1 PLACE; the 1-1 tie goes to the first mention's type.
    assertEquals(List.of("PERSON:trump=Trumpx3", "PLACE:washington=Washingtonx2"), s.entities());
  }

  @Test
  void possessiveSplitNameIsJoinedOnlyWhenTheStoryAttestsIt() {
    Story attested = new Story("Kataib's Hezbollah fired. Kataib-Hezbollah denied.")
        .tag(ORG, "Kataib")
        .tag(ORG, "Hezbollah")
        .tag(ORG, "Kataib-Hezbollah");
    assertEquals(List.of("ORG:kataib hezbollah=Kataib's Hezbollahx2"), attested.entities());
    Story unattested = new Story("Google's YouTube grew.").tag(ORG, "Google").tag(ORG, "YouTube");
    assertEquals(List.of("ORG:google=Googlex1", "ORG:youtube=YouTubex1"), unattested.entities());
  }

  @Test
  void aMentionCutShortTakesTheLongerNameItsStorySpellsOut() {
    // The tagger read "Hezbollah" of the first, the whole name of the second.
    Story militia = new Story(
            "The flags of the Kata’ib Hezbollah militia flew. Kata’ib Hezbollah denied it.")
        .tag(ORG, "Hezbollah")
        .tag(ORG, "Kata’ib Hezbollah");
    assertEquals(List.of("ORG:kataib hezbollah=Kata’ib Hezbollahx2"), militia.entities());
    // A person read in front of the organization is covered by the widened span and goes.
    Story possessive = new Story("Kataib's Hezbollah fired. Kataib-Hezbollah denied.")
        .tag(PERSON, "Kataib")
        .tag(ORG, "Hezbollah")
        .tag(ORG, "Kataib-Hezbollah");
    assertEquals(List.of("ORG:kataib hezbollah=Kataib's Hezbollahx2"), possessive.entities());
    // Two words back ("Asaib Ahl"), and only towards the same type.
    Story twoWords = new Story("Asaib Ahl al-Haq marched. Police met Asaib Ahl al-Haq.")
        .tag(ORG, "al-Haq")
        .tag(ORG, "Asaib Ahl al-Haq");
    assertEquals(List.of("ORG:asaib ahl al haq=Asaib Ahl al-Haqx2"), twoWords.entities());
    // Without the longer name in the story the short one stays itself.
    Story alone = new Story("The Kata’ib Hezbollah militia flew flags of Hezbollah.")
        .tag(ORG, "Hezbollah")
        .tag(ORG, "Hezbollah");
    assertEquals(List.of("ORG:hezbollah=Hezbollahx2"), alone.entities());
    Story otherType = new Story("Fans of Manchester United cheered. Manchester stayed dry.")
        .tag(ORG, "United")
        .tag(PLACE, "Manchester");
    assertEquals(
        List.of("ORG:united=Unitedx1", "PLACE:manchester=Manchesterx1"), otherType.entities());
  }

  @Test
  void junkNeverBecomesAnEntity() {
    Story s = new Story("He said. the army. 1999 2000. A. Photo: Getty Images. Reuters wrote. "
            + "President spoke. THAIER AL-SUDANI/REUTERS\n(© Washington Post)")
        .tag(PERSON, "He")
        .tag(ORG, "the army")
        .tag(ORG, "1999 2000")
        .tag(PERSON, "A.")
        .tag(ORG, "Getty Images")
        .tag(PERSON, "Reuters")
        .tag(PERSON, "President")
        .tag(PERSON, "THAIER")
        .tag(ORG, "© Washington Post");
    assertEquals(List.of("ORG:washington post=Washington Postx1"), s.entities());
  }

  @Test
  void entitiesComeByTypeThenFirstMentionWithTitleSpansFirst() {
    String title = "Iraq talks";
    String body = "Pompeo met Khamenei in Iraq.";
    List<Mention> mentions = List.of(
        new Mention(PLACE, new Span(false, 23, 27)), new Mention(PERSON, new Span(false, 11, 19)),
        new Mention(PERSON, new Span(false, 0, 6)), new Mention(PLACE, new Span(true, 0, 4)));
    List<Entity> entities = Canonicalizer.canonicalize(new StoryText(title, body), mentions);
    assertEquals(
        List.of(
            new Entity(PERSON, "pompeo", "Pompeo", List.of(new Span(false, 0, 6))),
            new Entity(PERSON, "khamenei", "Khamenei", List.of(new Span(false, 11, 19))),
            new Entity(
                PLACE, "iraq", "Iraq", List.of(new Span(true, 0, 4), new Span(false, 23, 27)))),
        entities);
  }

  /**
   * Wire headlines in capitals: the tagger's fragments there join the one name the body spells in
   * mixed case, taking its type; the sign-off agency is never a person. Mentions are
   * {@code TYPE:text} separated by {@code ;}, found left to right; entities likewise.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      WOOD GUNDY BUYS STAKE|PERSON:GUNDY|Wood Gundy agreed.|PLACE:Wood Gundy|PLACE:wood gundy=Wood Gundyx2
      TREASURY'S BAKER SPEAKS|ORG:BAKER|Baker spoke.|PERSON:Baker|PERSON:baker=Bakerx2
      REAGAN SPEAKS|PERSON:REAGAN|Reagan spoke.|PERSON:Reagan|PERSON:reagan=Reaganx2
      DOLE SAYS VETO HOLDS|PERSON:DOLE|Robert Dole and Elizabeth Dole met.|PERSON:Robert Dole;PERSON:Elizabeth Dole|PERSON:dole=DOLEx1;PERSON:robert dole=Robert Dolex1;PERSON:elizabeth dole=Elizabeth Dolex1
      Markets in Sierra Leone|PERSON:Leone|Sierra Leone grew.|PLACE:Sierra Leone|PERSON:leone=Leonex1;PLACE:sierra leone=Sierra Leonex1
      REUTER CANADA BUSINESS HIGHLIGHTS|PERSON:REUTER;PLACE:CANADA|Profits in Canada rose.|PLACE:Canada|PLACE:canada=Canadax2
      U.S. TREASURY SELLS BONDS|PLACE:U.S.|The U.S. Treasury sold.|ORG:U.S. Treasury|ORG:us treasury=U.S. Treasuryx1;PLACE:united states=United Statesx1
      """)
  void capitalisedHeadlineFragmentsJoinTheBodysName(
      String title, String inTitle, String body, String inBody, String expected) {
    List<Mention> mentions = new ArrayList<>();
    place(title, true, inTitle, mentions);
    place(body, false, inBody, mentions);
    List<String> got = Canonicalizer.canonicalize(new StoryText(title, body), mentions).stream()
        .map(e -> e.type() + ":" + e.key() + "=" + e.display() + "x" + e.spans().size())
        .toList();
    assertEquals(List.of(expected.split(";")), got);
  }

  private static void place(String field, boolean inTitle, String spec, List<Mention> out) {
    int from = 0;
    for (String m : spec.split(";")) {
      String needle = m.substring(m.indexOf(':') + 1);
      int at = field.indexOf(needle, from);
      out.add(new Mention(
          EntityType.valueOf(m.substring(0, m.indexOf(':'))),
          new Span(inTitle, at, at + needle.length())));
      from = at + needle.length();
    }
  }
}
