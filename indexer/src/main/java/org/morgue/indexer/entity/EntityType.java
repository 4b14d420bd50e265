package org.morgue.indexer.entity;

import java.util.Locale;

/** The kinds of entity Morgue facets on. Each has its own facet dimension and query scope. */
public enum EntityType {
  PERSON,
  ORG,
  PLACE;

  /** The facet and query-scope name: {@code person}, {@code org}, {@code place}. */
  public String facetName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
