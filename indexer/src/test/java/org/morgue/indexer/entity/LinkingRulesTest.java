package org.morgue.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The in-story linking rules, as tables: a body with its tagged mentions written in brackets
 * ({@code [ORG International Monetary Fund]}), and the entities that come out as
 * {@code TYPE:key=display x mentions ~aliases}.
 */
class LinkingRulesTest {

  private static final Pattern TAG = Pattern.compile("\\[(PERSON|ORG|PLACE) ([^\\]]+)]");

  /** Canonicalizes a body marked up with bracketed tags. */
  static String entities(String marked) {
    return entities(marked, Aliases.none());
  }

  /** Canonicalizes a marked-up body as the indexer does with this curated alias table. */
  static String entities(String marked, Aliases aliases) {
    return String.join(
        "; ",
        extracted(marked, aliases).stream()
            .map(e ->
                e.type() + ":" + e.key() + "=" + e.display() + " x" + e.spans().size()
                    + (e.aliases().isEmpty() ? "" : " ~" + String.join(",", e.aliases())))
            .toList());
  }

  /** The entities the indexer extracts from a marked-up body ("[ORG Acme] said"), before the archive pass. */
  static List<Entity> extracted(String marked, Aliases aliases) {
    StringBuilder body = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    Matcher m = TAG.matcher(marked);
    int last = 0;
    while (m.find()) {
      body.append(marked, last, m.start());
      int start = body.length();
      body.append(m.group(2));
      mentions.add(
          new Mention(EntityType.valueOf(m.group(1)), new Span(false, start, body.length())));
      last = m.end();
    }
    body.append(marked.substring(last));
    return Extraction.entities("", body.toString(), mentions, aliases);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Hyphen with no space: always one name.
        "[ORG Kataib]-[ORG Hezbollah] fighters | ORG:kataib hezbollah=Kataib-Hezbollah x1",
        // Possessive or spaced dash: only when the joined name is attested.
        "[ORG Kataib]'s [ORG Hezbollah] and [ORG Kataib Hezbollah] | ORG:kataib hezbollah=Kataib's Hezbollah x2",
        "[ORG Google]'s [ORG YouTube] | ORG:google=Google x1; ORG:youtube=YouTube x1",
        "[PLACE Paris] - [PLACE London] flights | PLACE:paris=Paris x1; PLACE:london=London x1",
      })
  void sameTypeSpansSplitByHyphenOrPossessiveMerge(String marked, String expected) {
    assertEquals(expected, entities(marked));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The [ORG International Monetary Fund] said. The [ORG IMF] agreed. | "
            + "ORG:international monetary fund=International Monetary Fund x2 ~imf",
        // Small words are skipped in initials; the tagger's place for an acronym is overruled.
        "The [ORG Bank for International Settlements] ([PLACE BIS]) met. | "
            + "ORG:bank for international settlements=Bank for International Settlements x2 ~bis",
        // A hyphenated word gives one initial.
        "The [ORG Organisation for Economic Co-operation and Development] and the [ORG O.E.C.D.] | "
            + "ORG:organisation for economic co operation and development="
            + "Organisation for Economic Co-operation and Development x2 ~oecd",
        // Two organizations with the same initials: no guess.
        "[ORG Asian Development Bank] and [ORG African Development Bank] and the [ORG ADB] | "
            + "ORG:asian development bank=Asian Development Bank x1; "
            + "ORG:african development bank=African Development Bank x1; ORG:adb=ADB x1",
        // A word that is an acronym gives all its letters: the EC Commission (ECC) is not the EC.
        "The [ORG EC Commission] said the [ORG EC] would pay | "
            + "ORG:ec commission=EC Commission x1; ORG:ec=EC x1",
        "The [ORG U.S. Trade Representative] ([ORG USTR]) said | "
            + "ORG:us trade representative=U.S. Trade Representative x2 ~ustr; PLACE:united states=United States x0",
        // No organization spells it: the acronym stays itself.
        "The [ORG IMF] said | ORG:imf=IMF x1",
      })
  void acronymJoinsTheOrganizationWhoseInitialsSpellIt(String marked, String expected) {
    assertEquals(expected, entities(marked));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The table says what EC stands for: the initials of the European Commission do not
        // overrule it.
        "The [ORG European Commission] said the [ORG EC] would pay | "
            + "ORG:european commission=European Commission x1; ORG:european community=European Community x1",
        // An acronym the table does not list is still linked by initials.
        "The [ORG International Monetary Fund] said. The [ORG IMF] agreed. | "
            + "ORG:international monetary fund=International Monetary Fund x2 ~imf",
      })
  void acronymTheAliasTableListsKeepsTheTablesMeaning(String marked, String expected) {
    Aliases table = Aliases.parse(new StringReader("EC\tEuropean Community\torg\n"), "test");
    assertEquals(expected, entities(marked, table));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[ORG Islamic State], also known as [ORG ISIS], said. [ORG ISIS] fled. | "
            + "ORG:islamic state=Islamic State x3 ~isis",
        "[PERSON Abu Mahdi al-Mohandes] (aka Jamal Jaafar Ibrahimi) died | "
            + "PERSON:abu mahdi al mohandes=Abu Mahdi al-Mohandes x2 ~jamal jaafar ibrahimi",
        "[PERSON Robert Zimmerman], better known as \"[PERSON Bob Dylan]\", sang | "
            + "PERSON:robert zimmerman=Robert Zimmerman x2 ~bob dylan",
        "[ORG Kataib Hezbollah], known as KH, fired | ORG:kataib hezbollah=Kataib Hezbollah x2 ~kh",
        // No phrase, no link.
        "[ORG Islamic State] and [ORG ISIS] | ORG:islamic state=Islamic State x1; ORG:isis=ISIS x1",
      })
  void alsoKnownAsRecordsTheAliasPair(String marked, String expected) {
    assertEquals(expected, entities(marked));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[PERSON Donald Trump] (@realDonaldTrump) tweeted | "
            + "PERSON:donald trump=Donald Trump x2 ~@realdonaldtrump",
        "said [ORG NATO]. Follow @NATO for more | ORG:nato=NATO x2 ~@nato",
        "[ORG Washington Post] reporters; see @WashingtonPost | "
            + "ORG:washington post=Washington Post x2 ~@washingtonpost",
        // A handle that belongs to no name in the story is not an entity; an e-mail is not a
        // handle.
        "[PERSON Mark Esper] spoke. Follow @DeptofDefense or write desk@example.com | "
            + "PERSON:mark esper=Mark Esper x1",
      })
  void handleJoinsTheNameItFollowsOrSpells(String marked, String expected) {
    assertEquals(expected, entities(marked));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The lower-case Arabic article the tagger stops at belongs to the name.
        "leader of the [ORG Asaib Ahl] al-Haq militia | ORG:asaib ahl al haq=Asaib Ahl al-Haq x1",
        "said [PERSON Abu Mahdi] al-Mohandes | PERSON:abu mahdi al mohandes=Abu Mahdi al-Mohandes x1",
        // Not a place, not a lower-case word after the hyphen, not across a comma.
        "in [PLACE Baghdad] al-Jadida | PLACE:baghdad=Baghdad x1",
        "the [ORG Asaib Ahl] al-haq | ORG:asaib ahl=Asaib Ahl x1",
        "the [ORG Asaib Ahl], al-Haq | ORG:asaib ahl=Asaib Ahl x1",
      })
  void lowerCaseArticleContinuesTheName(String marked, String expected) {
    assertEquals(expected, entities(marked));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The countries the names and the untagged "Iraq" imply come with no mention
        // (ImpliedCountries).
        "the [ORG U.S. Embassy] in Iraq. Guards at the [ORG Embassy] | ORG:us embassy=U.S. Embassy x2; "
            + "PLACE:united states=United States x0; PLACE:iraq=Iraq x0",
        // Two organizations end alike: no guess, and a generic name alone is no facet value.
        "the [ORG U.S. Embassy] and the [ORG French Embassy]; the [ORG Embassy] | "
            + "ORG:us embassy=U.S. Embassy x1; ORG:french embassy=French Embassy x1; PLACE:united states=United States x0",
        // Only a generic head noun: a name proper is not a short form of a longer name.
        "the [ORG International Monetary Fund and World Bank] and the [ORG World Bank] | "
            + "ORG:international monetary fund and world bank=International Monetary Fund and World Bank x1; "
            + "ORG:world bank=World Bank x1",
      })
  void bareOrganizationHeadJoinsTheOneOrganizationEndingWithIt(String marked, String expected) {
    assertEquals(expected, entities(marked));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A lower-case organization noun after a name: the longer name is kept as an alias for the
        // archive.
        "leader of the [PLACE Badr] organization | PLACE:badr=Badr x1 ~badr organization",
        "the [ORG Hamas] movement said | ORG:hamas=Hamas x1 ~hamas movement",
        // Never for people: the Trump organization is a company, not a name of Trump.
        "the [PERSON Trump] organization | PERSON:trump=Trump x1",
      })
  void lowerCaseOrganizationNounIsRecordedAsAlias(String marked, String expected) {
    assertEquals(expected, entities(marked));
  }
}
