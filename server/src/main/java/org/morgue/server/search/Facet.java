package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.UNKNOWN_FACET;

import java.util.Arrays;
import java.util.List;
import org.morgue.indexer.entity.NameKeys;

/**
 * The facet dimensions of the search API, defined once: their parameter names ({@code f.person}), the
 * order responses list them in, and the labels the page shows. A backend maps each to its own field
 * (the Lucene backend to the schema's facet dimensions); nothing above the backends names a facet any
 * other way.
 *
 * <p>Entity facets hold canonical keys, so a filter value is folded with the indexer's {@link NameKeys}
 * (the story model's rule, not the Lucene schema's) and {@code Qais Al-Khazali} selects the same stories
 * as {@code qais al khazali}. Source and tag values are exact, blank-stripped.
 */
public enum Facet {
  PERSON("People", "Person", true),
  ORG("Organizations", "Organization", true),
  PLACE("Places", "Place", true),
  SOURCE("Outlets", "Outlet", false),
  TAG("Tags", "Tag", false);

  /** Every dimension's API name, in API order. */
  public static final List<String> NAMES =
      Arrays.stream(values()).map(Facet::apiName).toList();
  /** The entity dimensions' API names (person, org, place), in API order. */
  public static final List<String> ENTITY_NAMES =
      Arrays.stream(values()).filter(Facet::entity).map(Facet::apiName).toList();

  private final String label;
  private final String singular;
  private final boolean entity;

  Facet(String label, String singular, boolean entity) {
    this.label = label;
    this.singular = singular;
    this.entity = entity;
  }

  /** The parameter and response name: {@code person}, {@code org}, {@code place}, {@code source}, {@code tag}. */
  public String apiName() {
    return ApiNames.of(this);
  }

  /** The heading the page shows over the dimension's values: {@code People}. */
  public String label() {
    return label;
  }

  /** One value's kind, for a chip or a screen reader: {@code Person}. */
  public String singular() {
    return singular;
  }

  /** True for person, org and place, whose values are canonical name keys with display labels. */
  public boolean entity() {
    return entity;
  }

  /** The value a filter on this dimension matches: the folded key for entities, the stripped text otherwise. */
  public String key(String value) {
    return entity ? NameKeys.fold(value) : value.strip();
  }

  /**
   * The dimension with this API name.
   *
   * @throws InvalidRequestException ({@code unknown_facet}) naming the dimensions when there is none
   */
  public static Facet parse(String name) {
    for (Facet facet : values()) {
      if (facet.apiName().equals(name)) {
        return facet;
      }
    }
    throw new InvalidRequestException(
        UNKNOWN_FACET, "unknown facet '" + name + "'; facets are " + String.join(", ", NAMES));
  }

  /** The text folded as entity keys are, for accent- and case-insensitive matching. */
  static String fold(String text) {
    return NameKeys.fold(text);
  }
}
