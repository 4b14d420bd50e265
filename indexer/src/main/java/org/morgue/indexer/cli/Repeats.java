package org.morgue.indexer.cli;

import java.util.List;
import java.util.Locale;
import org.morgue.indexer.index.ReplacedStory;
import org.morgue.indexer.read.Printable;

/** The summary's lines for stories a later story with the same id replaced: how many, and where. */
final class Repeats {

  private Repeats() {}

  /** Nothing when no id repeated; else a count line and up to {@link Summary#MAX_LISTED_SKIPS} replacements. */
  static String render(List<ReplacedStory> repeated) {
    if (repeated.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append(String.format(
        Locale.ROOT,
        "  duplicate ids: %,d stories replaced by a later story with the same id%n",
        repeated.size()));
    repeated.stream()
        .limit(Summary.MAX_LISTED_SKIPS)
        .forEach(r -> out.append("    ")
            .append(Printable.location(r.origin()))
            .append(": id ")
            .append(Printable.location(r.id()))
            .append(" replaced by ")
            .append(Printable.location(r.keptOrigin()))
            .append(nl));
    if (repeated.size() > Summary.MAX_LISTED_SKIPS) {
      out.append(String.format(
          Locale.ROOT,
          "    … and %,d more (see the log above)%n",
          repeated.size() - Summary.MAX_LISTED_SKIPS));
    }
    return out.toString();
  }
}
