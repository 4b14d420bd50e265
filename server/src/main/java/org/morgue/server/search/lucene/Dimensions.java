package org.morgue.server.search.lucene;

import org.morgue.indexer.index.Schema;
import org.morgue.server.search.Facet;

/**
 * Where the API's vocabulary meets the schema: the facet dimension of the index behind each API facet.
 * The API names its facets itself ({@link Facet}) so that it compiles without the Lucene schema; this is
 * the one place the Lucene backend translates them.
 */
final class Dimensions {

  private Dimensions() {}

  /** The schema's facet dimension (and field) for an API facet. */
  static String of(Facet facet) {
    return switch (facet) {
      case PERSON -> Schema.PERSON;
      case ORG -> Schema.ORG;
      case PLACE -> Schema.PLACE;
      case SOURCE -> Schema.SOURCE;
      case TAG -> Schema.TAG;
    };
  }

  /** The schema's facet dimension for an API facet name, as request filters and responses carry it. */
  static String of(String apiFacet) {
    return of(Facet.parse(apiFacet));
  }
}
