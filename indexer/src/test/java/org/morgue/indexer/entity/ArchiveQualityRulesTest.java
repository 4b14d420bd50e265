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

/**
 * The rules that keep a real archive's facets clean (issue 15): organization keys, generic names,
 * the gazetteer, headline fragments, months and tables, company markup, firms, "U.S. X".
 */
class ArchiveQualityRulesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "chrysler corp | chrysler",
        "ultramar plc | ultramar",
        "kidder peabody and co | kidder peabody",
        "daimler benz ag | daimler benz",
        "sime darby sdn bhd | sime darby",
        "ministry of finance | finance ministry",
        "us department of agriculture | us agriculture department",
        "ministry of international trade and industry | ministry of international trade and industry",
        "corp | corp",
        "bank of england | bank of england",
      })
  void organizationKeysLeaveOutTheLegalFormAndReorderOfNames(String folded, String key) {
    assertEquals(key, OrgNames.key(folded));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Initials without the legal form: GM is General Motors Corp.
        "[ORG General Motors Corp] said [ORG GM] | ORG:general motors=General Motors Corp x2 ~gm",
        // Legal forms fold: one company.
        "[ORG Ultramar] and [ORG Ultramar Plc] | ORG:ultramar=Ultramar x2",
        // A short form is the one longer organization starting with it.
        "[ORG Moody's Investors Service Inc] said; [ORG Moody's] added | "
            + "ORG:moody investors service=Moody's Investors Service Inc x2",
        "the [ORG Bank of England] said; the [ORG Bank] added | ORG:bank of england=Bank of England x2; "
            + "PLACE:england=England x0",
        // A generic name alone: qualified by the story's one country, or no facet value.
        "the [ORG Finance Ministry] in [PLACE Japan] said | ORG:finance ministry japan=Finance Ministry (Japan) x1; "
            + "PLACE:japan=Japan x1",
        "the [ORG Finance Ministry] in [PLACE Japan] and [PLACE Brazil] | PLACE:japan=Japan x1; PLACE:brazil=Brazil x1",
        // The gazetteer's names for short forms.
        "in [PLACE Calif.] and [PLACE S. Korea] | PLACE:california=California x1; PLACE:south korea=South Korea x1",
        // A person followed by a noun only organizations take.
        "the [PERSON Asaib Ahl al-Haq] militia | ORG:asaib ahl al haq=Asaib Ahl al-Haq x1",
        // Months and legal forms alone are never names; nor is what a table's columns hold.
        "[ORG APR] and [ORG Co] | ",
        "Revs     [ORG Acme]     5,000     4,000 | ",
        // Economic figures and adjectives of government are not bodies.
        "4.5 pct of [ORG GNP] and [ORG Congressional] leaders | ",
        // A country named inside an organization's name is a place of the story, with no mention.
        "the [ORG Bank of Japan] said | ORG:bank of japan=Bank of Japan x1; PLACE:japan=Japan x0",
        "the [ORG Bank of Japan] in [PLACE Tokyo] and [PLACE Japan] | ORG:bank of japan=Bank of Japan x1; "
            + "PLACE:tokyo=Tokyo x1; PLACE:japan=Japan x1",
        "[ORG New England Electric] said | ORG:new england electric=New England Electric x1",
        "the Iran-contra scandal, Latin America and [PERSON Michael Jordan] | PERSON:michael jordan=Michael Jordan x1; "
            + "PLACE:iran=Iran x0",
        // "Gulf" alone is several places; qualified it is one.
        "the [PLACE Gulf] and the [PLACE Persian Gulf] | PLACE:persian gulf=Persian Gulf x1",
        // A legal form after a "person" makes a firm; "the port of" a place.
        "[PERSON Samuel Montagu] and Co Ltd said | ORG:samuel montagu=Samuel Montagu x1",
        "the port of [PERSON Santos] | PLACE:santos=Santos x1",
        // A ticker follows only a company's name; N.A. is a US national bank's legal form.
        "[PERSON Phillips] <P> raised prices | ORG:phillips=Phillips x2 ~p",
        "[ORG Citibank N.A.] and [ORG Citibank] | ORG:citibank=Citibank N.A. x2",
      })
  void inStoryRules(String marked, String expected) {
    assertEquals(expected == null ? "" : expected, LinkingRulesTest.entities(marked));
  }

  @Test
  void capitalsHeadlineFragmentIsDroppedUnlessTheBodyNamesIt() {
    String title = "FED SAYS IT ADDS RESERVES";
    String body = "The Federal Reserve said it added reserves. Baker agreed.";
    List<Mention> mentions =
        List.of(new Mention(ORG, new Span(true, 0, 8)), new Mention(ORG, new Span(false, 4, 20)));
    assertEquals(
        List.of("ORG:federal reserve"),
        Extraction.entities(title, body, mentions).stream()
            .map(e -> e.type() + ":" + e.key())
            .toList());
    String title2 = "BAKER SAYS DOLLAR STABLE";
    List<Mention> baker = List.of(new Mention(PERSON, new Span(true, 0, 5)));
    assertEquals(
        List.of("PERSON:baker"),
        Extraction.entities(title2, body, baker).stream()
            .map(e -> e.type() + ":" + e.key())
            .toList());
  }

  @Test
  void companyMarkupMakesOrganizationsAndTickersJoinTheNameTheyFollow() {
    String body = "<Woodco Inc> said Rollins Inc <ROL> and <GM> agreed.";
    assertEquals(
        "<Woodco Inc> said Rollins Inc <ROL> and <GM> agreed.".replace('<', ' ').replace('>', ' '),
        CompanyMarkup.blank(body));
    // The tagger, on the blanked text, found "Woodco" as a person and "GM" as an organization.
    List<Mention> mentions = List.of(
        new Mention(PERSON, new Span(false, 1, 7)),
        new Mention(ORG, new Span(false, 18, 29)),
        new Mention(ORG, new Span(false, 41, 43)));
    assertEquals(
        List.of("ORG:woodco=Woodco Inc x1", "ORG:rollins=Rollins Inc x2 ~rol"),
        Extraction.entities("", body, mentions).stream()
            .map(e ->
                e.type() + ":" + e.key() + "=" + e.display() + " x" + e.spans().size()
                    + (e.aliases().isEmpty() ? "" : " ~" + String.join(",", e.aliases())))
            .toList());
  }

  private static Entity e(EntityType type, String display, int mentions) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      spans.add(new Span(false, 10 * i, 10 * i + display.length()));
    }
    return new Entity(type, Canonicalizer.key(type, display), display, spans);
  }

  private static List<String> show(List<Entity> entities) {
    return entities.stream()
        .map(x -> x.type() + ":" + x.key() + "=" + x.display())
        .toList();
  }

  @Test
  void firmsTheTaggerCallsPeopleAreTheirOrganization() {
    List<List<Entity>> archive = List.of(
        List.of(e(PERSON, "Kidder", 1)),
        List.of(e(ORG, "Kidder Peabody", 1)),
        List.of(e(ORG, "Kidder Peabody", 2)),
        // Baker has a given name in the archive: a person, whatever "Baker Hughes" is.
        List.of(e(PERSON, "Baker", 1)),
        List.of(e(PERSON, "James Baker", 1)),
        List.of(e(ORG, "Baker Hughes", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(List.of("ORG:kidder peabody=Kidder Peabody"), show(names.apply(archive.get(0))));
    assertEquals(List.of("PERSON:baker=Baker"), show(names.apply(archive.get(3))));
  }

  @Test
  void aShortFormIsTheArchivesOneLongerOrganizationOfComparableSize() {
    List<List<Entity>> archive = List.of(
        List.of(e(ORG, "Moody's", 1)),
        List.of(e(ORG, "Moody's", 1)),
        List.of(e(ORG, "Moody's Investors Service Inc", 1)),
        List.of(e(ORG, "Moody's Investors Service Inc", 1)),
        List.of(e(ORG, "Moody's Investors Service Inc", 1)),
        // Credit Suisse First Boston adds another organization's name: a venture, not Credit
        // Suisse.
        List.of(e(ORG, "Credit Suisse", 1)),
        List.of(e(ORG, "Credit Suisse First Boston", 1)),
        List.of(e(ORG, "First Boston", 1)),
        // Texaco Canada is another company (a place added), and Ford Motor Credit a rare unit of
        // Ford.
        List.of(e(ORG, "Texaco", 1)),
        List.of(e(ORG, "Texaco", 1)),
        List.of(e(ORG, "Texaco Canada", 1)),
        List.of(e(ORG, "Texaco Canada", 1)),
        List.of(e(ORG, "Ford", 1)),
        List.of(e(ORG, "Ford", 1)),
        List.of(e(ORG, "Ford", 1)),
        List.of(e(ORG, "Ford", 1)),
        List.of(e(ORG, "Ford", 1)),
        List.of(e(ORG, "Ford", 1)),
        List.of(e(ORG, "Ford", 1)),
        List.of(e(ORG, "Ford Motor Credit", 1)),
        List.of(e(ORG, "Ford Motor Credit", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(
        List.of("ORG:moody investors service=Moody's Investors Service Inc"),
        show(names.apply(archive.get(0))));
    assertEquals(List.of("ORG:credit suisse=Credit Suisse"), show(names.apply(archive.get(5))));
    assertEquals(List.of("ORG:texaco=Texaco"), show(names.apply(archive.get(8))));
    assertEquals(List.of("ORG:texaco canada=Texaco Canada"), show(names.apply(archive.get(10))));
    assertEquals(List.of("ORG:ford=Ford"), show(names.apply(archive.get(12))));
    assertEquals(
        List.of("ORG:ford motor credit=Ford Motor Credit"), show(names.apply(archive.get(19))));
  }

  @Test
  void surnamesJoinedByAndAreTheFirmTheArchiveConfirms() {
    List<List<Entity>> archive = new ArrayList<>();
    // Three stories write "Phillips and Drew"; Drew has no full name anywhere: a firm.
    for (int i = 0; i < 3; i++) {
      archive.add(story("analyst at [PERSON Phillips] and [PERSON Drew] said"));
    }
    // Twice, and both have full names the archive links them to: two people.
    for (int i = 0; i < 2; i++) {
      archive.add(story("[PERSON Clinton] and [PERSON Yeltsin] met"));
      archive.add(story("[PERSON Bill Clinton] and [PERSON Boris Yeltsin] met"));
    }
    // Named as an organization in one story (company markup): a firm in the story that splits it.
    archive.add(story("[ORG Wagner and Brown] bid"));
    archive.add(story("[ORG AFG] and [PERSON Wagner] and [PERSON Brown] bid"));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(
        List.of("ORG:phillips and drew=Phillips and Drew"), show(names.apply(archive.get(0))));
    assertEquals(
        List.of("PERSON:bill clinton=Bill Clinton", "PERSON:boris yeltsin=Boris Yeltsin"),
        show(names.apply(archive.get(3))));
    assertEquals(
        List.of("ORG:afg=AFG", "ORG:wagner and brown=Wagner and Brown"),
        show(names.apply(archive.get(8))));
    // No candidate mark reaches the index.
    archive.forEach(story -> names
        .apply(story)
        .forEach(x -> assertEquals(
            List.of(), x.aliases().stream().filter(a -> a.startsWith("\u0001")).toList())));
  }

  /** One story's entities from a marked-up body, as the indexer extracts them. */
  private static List<Entity> story(String marked) {
    return LinkingRulesTest.extracted(marked, Aliases.none());
  }

  @Test
  void aStoryThatCallsAOneWordNameAnOrganizationTwiceKeepsItAgainstTheArchivesPersonVote() {
    List<List<Entity>> archive = List.of(
        List.of(e(PERSON, "Santos", 3)),
        List.of(e(PERSON, "Santos", 3)),
        List.of(e(ORG, "Santos", 2)),
        List.of(e(ORG, "Santos", 1)),
        List.of(e(ORG, "Santos Ltd", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(List.of("ORG:santos=Santos"), show(names.apply(archive.get(2))));
    assertEquals(List.of("PERSON:santos=Santos"), show(names.apply(archive.get(3))));
    assertEquals(List.of("ORG:santos=Santos Ltd"), show(names.apply(archive.get(4))));
  }

  @Test
  void usQualifiedOrganizationIsTheBareOneTheArchiveAlsoUses() {
    List<List<Entity>> archive = List.of(
        List.of(e(ORG, "U.S. Treasury", 1)),
        List.of(e(ORG, "Treasury", 1)),
        List.of(e(ORG, "Treasury", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(List.of("ORG:treasury=Treasury"), show(names.apply(archive.get(0))));
  }

  @Test
  void gazetteerPlacesKeepTheirTypeAndCitiesFollowTheStorysOwnVote() {
    List<List<Entity>> archive = List.of(
        List.of(e(ORG, "Philippines", 2)),
        List.of(e(ORG, "Philippines", 1)),
        // Los Angeles the team (two mentions in its story) and the city; the majority is the team.
        List.of(e(ORG, "Los Angeles", 2)),
        List.of(e(ORG, "Los Angeles", 2)),
        List.of(e(PLACE, "Los Angeles", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(List.of("PLACE:philippines=Philippines"), show(names.apply(archive.get(0))));
    assertEquals(List.of("ORG:los angeles=Los Angeles"), show(names.apply(archive.get(2))));
    assertEquals(List.of("PLACE:los angeles=Los Angeles"), show(names.apply(archive.get(4))));
  }
}
