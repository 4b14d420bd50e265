package org.morgue.server.search;

import java.util.List;
import java.util.Objects;

/**
 * Typeahead suggestions for a prefix: canonical entity names and story titles.
 *
 * @param prefix the prefix as given
 * @param entities matching person, org and place names, most stories first
 * @param titles stories whose title has words starting with the prefix, best match first, newest among equals
 */
public record SuggestResponse(String prefix, List<EntityName> entities, List<Title> titles) {

  public SuggestResponse {
    Objects.requireNonNull(prefix, "prefix");
    entities = List.copyOf(entities);
    titles = List.copyOf(titles);
  }

  /**
   * @param type {@code person}, {@code org} or {@code place}: the facet to filter on
   * @param value the canonical key, what {@code f.<type>} takes
   * @param label the display name
   * @param count stories in the archive that name it
   */
  public record EntityName(String type, String value, String label, long count) {
    public EntityName {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }
  }

  /** @param published ISO date at its precision, null when undated */
  public record Title(String id, String title, String published) {
    public Title {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
    }
  }
}
