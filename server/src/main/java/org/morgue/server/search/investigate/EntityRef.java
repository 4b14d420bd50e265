package org.morgue.server.search.investigate;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.List;
import java.util.Objects;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.server.search.Facet;
import org.morgue.server.search.InvalidRequestException;

/**
 * A person, org or place by its facet key. The value is folded as facet keys are, so
 * {@code Qais Al-Khazali} and {@code qais al khazali} name the same entity.
 */
public record EntityRef(String type, String value) {

  /** The entity facets, in the API's order. */
  public static final List<String> TYPES = Facet.ENTITY_NAMES;

  public EntityRef {
    Objects.requireNonNull(type, "type");
    if (!TYPES.contains(type)) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "entity type must be one of " + String.join(", ", TYPES) + ", was '" + type + "'");
    }
    value = NameKeys.fold(Objects.requireNonNullElse(value, ""));
    if (value.isEmpty()) {
      throw new InvalidRequestException(INVALID_PARAMETER, "the entity's name must not be empty");
    }
  }

  /**
   * Reads {@code type:name}, as the {@code entity} parameter gives it.
   *
   * @param parameter the parameter's name, for the error message
   */
  public static EntityRef parse(String parameter, String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          parameter + " must be TYPE:NAME (e.g. person:Qais al-Khazali), was '" + text + "'");
    }
    return new EntityRef(text.substring(0, colon).strip(), text.substring(colon + 1));
  }
}
