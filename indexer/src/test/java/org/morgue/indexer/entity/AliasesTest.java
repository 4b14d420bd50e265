package org.morgue.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.morgue.indexer.entity.EntityType.ORG;
import static org.morgue.indexer.entity.EntityType.PERSON;
import static org.morgue.indexer.entity.EntityType.PLACE;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled alias table and the loader a newsroom's own table goes through. */
class AliasesTest {

  private static final Aliases BUNDLED = Aliases.bundled();

  private static Entity tagged(EntityType type, String surface, int start) {
    return new Entity(
        type,
        Canonicalizer.key(type, surface),
        surface,
        List.of(new Span(false, start, start + surface.length())));
  }

  private static String show(Entity e) {
    return e.type() + ":" + e.key() + "=" + e.display() + "x" + e.spans().size();
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PLACE|U.S.|PLACE:united states=United States
      PLACE|US|PLACE:united states=United States
      ORG|U.S.|PLACE:united states=United States
      PLACE|USA|PLACE:united states=United States
      PLACE|America|PLACE:united states=United States
      PLACE|United States|PLACE:united states=United States
      PLACE|UNITED STATES|PLACE:united states=United States
      PLACE|U.K.|PLACE:united kingdom=United Kingdom
      PLACE|Britain|PLACE:united kingdom=United Kingdom
      PLACE|Great Britain|PLACE:united kingdom=United Kingdom
      PLACE|United Kingdom|PLACE:united kingdom=United Kingdom
      ORG|U.N.|ORG:united nations=United Nations
      ORG|UN|ORG:united nations=United Nations
      ORG|EU|ORG:european union=European Union
      PLACE|USSR|PLACE:soviet union=Soviet Union
      PLACE|Soviet Union|PLACE:soviet union=Soviet Union
      ORG|EEC|ORG:european community=European Community
      ORG|Opec|ORG:opec=OPEC
      ORG|Fed|ORG:federal reserve=Federal Reserve
      ORG|IMF|ORG:international monetary fund=International Monetary Fund
      PLACE|Latin America|PLACE:latin america=Latin America
      ORG|Bank of America|ORG:bank of america=Bank of America
      PERSON|James Baker|PERSON:james baker=James Baker
      """)
  void bundledTableMapsEachSpellingToOneName(EntityType type, String surface, String expected) {
    assertEquals(
        List.of(expected + "x1"),
        BUNDLED.apply(List.of(tagged(type, surface, 0))).stream()
            .map(AliasesTest::show)
            .toList());
  }

  @Test
  void spellingsOfOneNameInAStoryMergeWithAllTheirMentions() {
    List<Entity> story = List.of(
        tagged(PERSON, "Reagan", 0),
        tagged(ORG, "Congress", 30),
        tagged(PLACE, "U.S.", 10),
        tagged(PLACE, "America", 40),
        tagged(PLACE, "Japan", 50),
        tagged(PLACE, "United States", 60));
    List<Entity> out = BUNDLED.apply(story);
    assertEquals(
        List.of(
            "PERSON:reagan=Reaganx1",
            "ORG:congress=Congressx1",
            "PLACE:united states=United Statesx3",
            "PLACE:japan=Japanx1"),
        out.stream().map(AliasesTest::show).toList());
    assertEquals(
        List.of(new Span(false, 10, 14), new Span(false, 40, 47), new Span(false, 60, 73)),
        out.get(2).spans());
  }

  @Test
  void aNewsroomTableFromAFileReplacesTheBundledOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ours.tsv");
    Files.writeString(file, "# our desk's names\n\nBeeb\tBBC\torg\nUS\tUSA\tplace\n");
    Aliases ours = Aliases.load(file);
    assertEquals(4, ours.size());
    // Only the newsroom's names apply: "Britain" is no longer mapped, "US" now means its "USA".
    assertEquals(
        List.of("ORG:bbc=BBCx1", "PLACE:usa=USAx1", "PLACE:britain=Britainx1"),
        ours
            .apply(List.of(
                tagged(ORG, "Beeb", 0), tagged(PLACE, "U.S.", 10), tagged(PLACE, "Britain", 20)))
            .stream()
            .map(AliasesTest::show)
            .toList());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      US United States place|t.tsv:2: expected ALIAS<TAB>CANONICAL<TAB>TYPE, got 'US United States place'
      US\\tUnited States\\tcountry|t.tsv:2: type must be person, org or place, not 'country'
      ...\\tUnited States\\tplace|t.tsv:2: alias '...' has no letters or digits
      US\\tUSA\\tplace|t.tsv:2: 'us' already stands for United States (place)
      """)
  void aMalformedLineIsReportedWithItsFileAndLine(String line, String message) {
    String text = "US\tUnited States\tplace\n" + line.replace("\\t", "\t") + "\n";
    AliasTableException e = assertThrows(
        AliasTableException.class, () -> Aliases.parse(new StringReader(text), "t.tsv"));
    assertEquals(message, e.getMessage());
  }
}
