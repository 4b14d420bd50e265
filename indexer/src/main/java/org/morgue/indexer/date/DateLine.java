package org.morgue.indexer.date;

import java.util.Objects;
import org.morgue.indexer.story.PubDate;

/**
 * A date found at the start of a line of free text.
 *
 * @param date the date, with the precision the line stated
 * @param rest what follows the date (and any time of day or zone after it), stripped; empty when the
 *     line held nothing but the date
 */
public record DateLine(PubDate date, String rest) {
  public DateLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rest, "rest");
  }
}
