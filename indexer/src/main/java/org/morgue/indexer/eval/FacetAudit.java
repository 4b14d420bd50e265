package org.morgue.indexer.eval;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.indexer.entity.TabTable;
import org.morgue.indexer.index.EntityLabels;

/**
 * The facet audit: the top {@value #TOP} values per type on Reuters-21578 against a committed table of
 * verdicts a person gave after reading the values' contexts ({@value #RESOURCE}: {@code
 * TYPE<TAB>VALUE<TAB>VERDICT}, the verdict {@code ok}, {@code junk}, {@code wrong type} or {@code
 * duplicate of X}). A value the table does not judge fails the audit line: a rule change that
 * brings new values to the top must be judged before it counts as better.
 */
final class FacetAudit {

  static final String RESOURCE = "org/morgue/indexer/eval/reuters-audit.tsv";
  static final int TOP = 50;
  static final String UNJUDGED = "UNJUDGED";

  private FacetAudit() {}

  /** type:key (folded label) to verdict. */
  static Map<String, String> bundled() {
    InputStream in = FacetAudit.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return Map.of();
    }
    Map<String, String> verdicts = new HashMap<>();
    TabTable.read(
        new InputStreamReader(in, StandardCharsets.UTF_8),
        RESOURCE,
        3,
        "TYPE<TAB>VALUE<TAB>VERDICT",
        (cols, where) ->
            verdicts.put(cols[0].strip() + ":" + NameKeys.fold(cols[1].strip()), cols[2].strip()));
    return verdicts;
  }

  /** Prints the top values per type with their verdicts, the counts per verdict and the audit line. */
  static void print(List<List<Entity>> facets, PrintStream out) {
    Map<String, String> verdicts = bundled();
    EntityLabels.Builder labels = new EntityLabels.Builder();
    Map<EntityType, Map<String, Integer>> counts = new EnumMap<>(EntityType.class);
    for (List<Entity> story : facets) {
      labels.add(story);
      for (Entity e : story) {
        counts.computeIfAbsent(e.type(), t -> new HashMap<>()).merge(e.key(), 1, Integer::sum);
      }
    }
    EntityLabels table = labels.build();
    Map<String, Integer> tally = new TreeMap<>();
    int unjudged = 0;
    for (Map.Entry<EntityType, Map<String, Integer>> byType : counts.entrySet()) {
      String type = byType.getKey().facetName();
      List<Map.Entry<String, Integer>> top = new ArrayList<>(byType.getValue().entrySet());
      top.sort(Map.Entry.<String, Integer>comparingByValue()
          .reversed()
          .thenComparing(e -> table.label(type, e.getKey())));
      out.println("  audit top " + TOP + " " + type + ":");
      StringBuilder line = new StringBuilder();
      for (Map.Entry<String, Integer> e : top.subList(0, Math.min(TOP, top.size()))) {
        String label = table.label(type, e.getKey());
        String verdict = verdicts.getOrDefault(type + ":" + NameKeys.fold(label), UNJUDGED);
        String kind = verdict.startsWith("duplicate of") ? "duplicate" : verdict;
        tally.merge(type + " " + kind, 1, Integer::sum);
        if (verdict.equals(UNJUDGED)) {
          unjudged++;
        }
        String item =
            label + " (" + e.getValue() + ")" + (verdict.equals("ok") ? "" : " [" + verdict + "]");
        if (line.length() + item.length() > 110) {
          out.println("    " + line);
          line.setLength(0);
        }
        line.append(line.length() == 0 ? "" : ", ").append(item);
      }
      if (line.length() > 0) {
        out.println("    " + line);
      }
    }
    List<String> parts = new ArrayList<>();
    tally.forEach((k, v) -> parts.add(k + " " + v));
    out.println("  audit verdicts: " + String.join(", ", parts));
    out.printf(
        Locale.ROOT,
        "  audit: %s%n",
        unjudged == 0
            ? "every top value judged"
            : "FAILED, " + unjudged + " top values not in " + RESOURCE
                + " (judge them by reading their contexts)");
  }
}
