package org.morgue.indexer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;

class ReutersCodesTest {

  private final ReutersCodes codes = ReutersCodes.bundled();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "PERSON; james-baker; James Baker",
        "PERSON; kohl; Kohl",
        "PERSON; king-fahd; Fahd",
        "PLACE; west-germany; West Germany",
        "PLACE; usa; United States|U.S.|US|USA|U.S.A.|United States of America",
        "ORG; imf; International Monetary Fund|IMF",
      })
  void codesNameWhatTheTextSays(EntityType type, String code, String names) {
    assertEquals(List.of(names.split("\\|")), codes.names(type, code));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "James Baker; Treasury Secretary James Baker said; true",
        "Bond; the bond market; false",
        "Bond; Alan Bond said; true",
        "de la Madrid; President Miguel De la Madrid; true",
        "WHO; who said; false",
        "U.S.; U.S. officials; true",
        "US; USAir; false",
      })
  void nameAppearsAsWholeWordsWithItsCapitals(String name, String body, boolean appears) {
    assertEquals(appears, new ReutersRecall(codes).appears(name, body));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "PERSON; Kohl; helmut kohl; PERSON; true",
        "PERSON; James Baker; howard baker; PERSON; false",
        "PLACE; United States|U.S.; united states; PLACE; true",
        "ORG; International Monetary Fund|IMF; imf; ORG; true",
        "ORG; OPEC; opec; PLACE; false",
        "PLACE; Japan; japanese; PLACE; false",
      })
  void foundWhenAFacetOfTheTypeHoldsTheName(
      EntityType type, String names, String key, EntityType facetType, boolean found) {
    List<Entity> facets = List.of(new Entity(facetType, key, key, List.of(new Span(false, 0, 1))));
    assertEquals(found, ReutersRecall.found(type, List.of(names.split("\\|")), facets));
  }
}
