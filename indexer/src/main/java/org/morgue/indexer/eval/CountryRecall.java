package org.morgue.indexer.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.NameKeys;

/**
 * Place-filter recall for a few countries: of the stories whose body names the country (as whole
 * words, capitalised as written here), how many {@code f.place=COUNTRY} finds. This is what a user
 * compares when {@code q=kuwait} finds more stories than the Kuwait facet value.
 */
final class CountryRecall {

  /** Kuwait from the issue, and five more of the archive's frequent, differently hard countries. */
  static final List<String> COUNTRIES =
      List.of("Kuwait", "Japan", "Brazil", "Iran", "Philippines", "Canada");

  private CountryRecall() {}

  static void print(ArchiveRun run, PrintStream out) {
    for (String country : COUNTRIES) {
      Pattern named = ReutersRecall.pattern(country);
      String key = NameKeys.fold(country);
      int inBody = 0;
      int found = 0;
      for (int i = 0; i < run.stories().size(); i++) {
        if (!named.matcher(run.stories().get(i).body()).find()) {
          continue;
        }
        inBody++;
        for (Entity e : run.facets().get(i)) {
          if (e.type() == EntityType.PLACE && e.key().equals(key)) {
            found++;
            break;
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "  f.place=%s: %d of the %d stories whose body names it (%.1f%%)%n",
          country,
          found,
          inBody,
          inBody == 0 ? 0.0 : 100.0 * found / inBody);
    }
  }
}
