package org.morgue.indexer.cli;

import java.util.Locale;
import java.util.Map;
import org.morgue.indexer.index.IndexReport;
import org.morgue.indexer.read.Skip;

/** The summary printed after a build: what went in, what was skipped and why, how long it took. */
public final class Summary {

  /** At most this many skipped inputs are listed one per line; the rest are counted. */
  static final int MAX_LISTED_SKIPS = 50;

  private Summary() {}

  public static String render(IndexReport report) {
    StringBuilder out = new StringBuilder();
    double seconds = report.elapsed().toMillis() / 1000.0;
    out.append(String.format(
        Locale.ROOT,
        "Indexed %,d stories in %.1f s (%,.0f stories/s)%n",
        report.indexed(),
        seconds,
        report.storiesPerSecond()));
    if (!report.perFormat().isEmpty()) {
      out.append("  by format:");
      for (Map.Entry<String, Long> e : report.perFormat().entrySet()) {
        out.append(String.format(Locale.ROOT, " %s %,d", e.getKey(), e.getValue()));
      }
      out.append(System.lineSeparator());
    }
    out.append(String.format(Locale.ROOT, "  entities: %,d distinct%n", report.entityLabels()));
    out.append(Repeats.render(report.repeated()));
    out.append(String.format(Locale.ROOT, "  skipped: %,d%n", report.skipped().size()));
    int listed = 0;
    for (Skip skip : report.skipped()) {
      if (listed++ == MAX_LISTED_SKIPS) {
        out.append(String.format(
            Locale.ROOT,
            "    … and %,d more (see the log above)%n",
            report.skipped().size() - MAX_LISTED_SKIPS));
        break;
      }
      out.append("    ").append(skip).append(System.lineSeparator());
    }
    out.append(report
        .published()
        .map(p -> "  index: " + p + System.lineSeparator())
        .orElse("  nothing was published; the previous index (if any) is still the one served"
            + System.lineSeparator()));
    return out.toString();
  }
}
