package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.Facet;

/** The API's facets and the schema's dimensions are two lists joined in one place: they must stay in step. */
class DimensionsTest {

  @Test
  void everyApiFacetIsASchemaDimensionInTheSchemasOrder() {
    assertEquals(
        Schema.FACETS, Arrays.stream(Facet.values()).map(Dimensions::of).toList());
  }
}
