package org.morgue.indexer.eval;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.TabTable;

/**
 * What the Reuters-21578 editorial codes ({@code <PEOPLE>}, {@code <ORGS>}, {@code <PLACES>}) are
 * called in a story's text. A person or place code is its name with hyphens as spaces, each word
 * capitalised ({@code james-baker} → "James Baker", {@code kohl} → "Kohl", {@code west-germany} →
 * "West Germany"); the table {@value #RESOURCE} lists the exceptions (places such as {@code usa} →
 * United States, U.S., US…; people such as {@code king-fahd} → Fahd) and every organization, whose
 * codes are abbreviations ({@code imf} → International Monetary Fund, IMF).
 */
public final class ReutersCodes {

  static final String RESOURCE = "org/morgue/indexer/eval/reuters-codes.tsv";
  private static final Pattern WORD_BREAK = Pattern.compile("-");

  private final Map<String, List<String>> names; // "type:code" -> names, canonical first

  private ReutersCodes(Map<String, List<String>> names) {
    this.names = Map.copyOf(names);
  }

  /** The table shipped with Morgue. */
  public static ReutersCodes bundled() {
    InputStream in = ReutersCodes.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("code table not on the classpath: " + RESOURCE);
    }
    return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + RESOURCE);
  }

  /** Parses a table ({@code TYPE<TAB>CODE<TAB>NAME|NAME…}); the reader is closed here. */
  static ReutersCodes parse(Reader text, String origin) {
    Map<String, List<String>> names = new HashMap<>();
    TabTable.read(text, origin, 3, "TYPE<TAB>CODE<TAB>NAMES", (cols, where) -> {
      if (cols[2].isBlank()) {
        throw new IllegalArgumentException(
            where + ": expected TYPE<TAB>CODE<TAB>NAMES, no names given");
      }
      names.put(
          cols[0] + ":" + cols[1],
          Arrays.stream(cols[2].split("\\|")).map(String::strip).toList());
    });
    return new ReutersCodes(names);
  }

  /**
   * The names of a code, canonical first.
   *
   * @param type person, org or place (the code list it came from)
   * @param code the code as the story gives it, e.g. {@code james-baker}
   */
  public List<String> names(EntityType type, String code) {
    List<String> listed = names.get(type.facetName() + ":" + code);
    if (listed != null) {
      return listed;
    }
    StringBuilder name = new StringBuilder();
    for (String word : WORD_BREAK.split(code)) {
      if (word.isEmpty()) {
        continue;
      }
      if (!name.isEmpty()) {
        name.append(' ');
      }
      name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return List.of(name.toString());
  }
}
