package org.morgue.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "topic:money-fx| Topic: Money/Foreign Exchange",
        "topic:earn| Topic: Earnings and Earnings Forecasts",
        "topic:veg-oil| Topic: Vegetable oil",
        "topic:castor-meal| Topic: Castor Meal",
        "place:usa| Place: United States",
        "place:west-germany| Place: West Germany",
        "org:ec| Org: European Community",
        "exchange:nyse| Exchange: New York Stock Exchange",
        "person:james-baker| Person: James Baker",
        "subject:economy| Subject: Economy",
        "weather| weather",
        "embassy-attack| embassy-attack",
        "note:x| note:x",
        "topic:| topic:",
      })
  void editorialCodesReadAsNames(String tag, String label) {
    assertEquals(label, TagNames.label(tag));
    assertEquals(label, EntityLabels.empty().label(Schema.TAG, tag));
  }
}
