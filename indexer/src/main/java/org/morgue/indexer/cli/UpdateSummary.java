package org.morgue.indexer.cli;

import java.util.Locale;
import java.util.Map;
import org.morgue.indexer.index.UpdateReport;

/** The summary printed after an update: what changed, what was skipped or unknown, where it went. */
final class UpdateSummary {

  private UpdateSummary() {}

  static String render(UpdateReport report) {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append(String.format(
        Locale.ROOT,
        "Updated the index in %.1f s: %,d added, %,d replaced, %,d deleted; %,d stories%n",
        report.elapsed().toMillis() / 1000.0,
        report.added(),
        report.replaced(),
        report.deleted(),
        report.stories()));
    if (!report.perFormat().isEmpty()) {
      out.append("  by format:");
      for (Map.Entry<String, Long> e : report.perFormat().entrySet()) {
        out.append(String.format(Locale.ROOT, " %s %,d", e.getKey(), e.getValue()));
      }
      out.append(nl);
    }
    out.append(String.format(Locale.ROOT, "  entities: %,d distinct%n", report.entityLabels()));
    out.append(Repeats.render(report.repeated()));
    if (!report.unknownIds().isEmpty()) {
      out.append(String.format(
          Locale.ROOT,
          "  unknown ids (not in the index, nothing deleted): %,d%n",
          report.unknownIds().size()));
      report.unknownIds().stream()
          .limit(Summary.MAX_LISTED_SKIPS)
          .forEach(id -> out.append("    ").append(id).append(nl));
    }
    out.append(String.format(Locale.ROOT, "  skipped: %,d%n", report.skipped().size()));
    report.skipped().stream()
        .limit(Summary.MAX_LISTED_SKIPS)
        .forEach(s -> out.append("    ").append(s).append(nl));
    out.append(report
        .published()
        .map(p -> "  index: " + p + nl)
        .orElse("  nothing changed; the previous index (if any) is still the one served" + nl));
    return out.toString();
  }
}
