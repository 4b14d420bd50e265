package org.morgue.indexer.read;

import java.util.Objects;

/**
 * An input that could not become a story.
 *
 * @param location {@code path}, {@code path:line} or {@code path#record}: where a person finds it
 * @param reason what was wrong, in words (e.g. "invalid JSON: Unexpected character ','")
 */
public record Skip(String location, String reason) {
  public Skip {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }

  /** As the summary and the log print it: the location quoted when its name could forge output. */
  @Override
  public String toString() {
    return Printable.location(location) + ": " + Printable.text(reason);
  }
}
