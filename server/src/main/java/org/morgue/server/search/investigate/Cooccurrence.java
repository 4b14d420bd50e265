package org.morgue.server.search.investigate;

import java.util.Objects;

/**
 * A name that shares stories with an entity.
 *
 * @param count stories naming both
 * @param lift {@code count · D / (c_a · c_b)} against the whole archive of {@code D} stories: how much more
 *     often the two appear together than if they were independent (1 = chance), to three decimals
 * @param searchUrl the page URL of the shared stories
 */
public record Cooccurrence(
    String type, String value, String label, long count, double lift, String searchUrl) {
  public Cooccurrence {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(searchUrl, "searchUrl");
  }
}
