package org.morgue.server.search.investigate;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.List;
import java.util.Objects;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.SearchRequest;

/**
 * The network of a search's result set.
 *
 * @param types the entity types drawn as nodes
 * @param size most nodes: the names in most matching stories
 */
public record NetworkRequest(SearchRequest search, List<String> types, int size) {

  public static final int DEFAULT_SIZE = 40;
  public static final int MAX_SIZE = 100;

  public NetworkRequest {
    Objects.requireNonNull(search, "search");
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "types must name at least one of " + String.join(", ", EntityRef.TYPES));
    }
    for (String type : types) {
      if (!EntityRef.TYPES.contains(type)) {
        throw new InvalidRequestException(
            INVALID_PARAMETER,
            "types must be among " + String.join(", ", EntityRef.TYPES) + ", not '" + type + "'");
      }
    }
    types = EntityRef.TYPES.stream().filter(types::contains).toList();
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          INVALID_PARAMETER, "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
  }
}
