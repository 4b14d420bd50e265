package org.morgue.server.search.investigate;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.util.List;
import java.util.Objects;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.SearchRequest;

/** Several entities' timelines within one search's result set. */
public record TimelineRequest(SearchRequest search, List<EntityRef> entities) {

  public static final int MAX_ENTITIES = 10;

  public TimelineRequest {
    Objects.requireNonNull(search, "search");
    entities = List.copyOf(entities);
    if (entities.isEmpty() || entities.size() > MAX_ENTITIES) {
      throw new InvalidRequestException(
          INVALID_PARAMETER,
          "give between 1 and " + MAX_ENTITIES + " entity parameters (entity=person:NAME), not "
              + entities.size());
    }
  }
}
