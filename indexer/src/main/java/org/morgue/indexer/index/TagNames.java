package org.morgue.indexer.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Display names for tags. Reuters-21578's editorial codes are stored as {@code kind:code}
 * ({@code topic:money-fx}, {@code place:usa}, {@code org:ec}); a journalist reads
 * {@code Topic: Money/Foreign Exchange}, {@code Place: United States}, {@code Org: European Community}.
 * Named codes come from {@code tag-names.tsv}; any other code reads as words (hyphens become spaces,
 * each word capitalised). A tag without a kind ({@code weather}) is shown as it is.
 */
public final class TagNames {

  static final String RESOURCE = "org/morgue/indexer/index/tag-names.tsv";
  /** The kinds a tag may start with, and how their label starts. */
  private static final Map<String, String> KINDS = Map.of(
      "topic",
      "Topic",
      "place",
      "Place",
      "person",
      "Person",
      "org",
      "Org",
      "exchange",
      "Exchange",
      "company",
      "Company",
      "subject",
      "Subject");
  /** kind → code → name, read once: the table is part of the program, like the alias table. */
  private static final Map<String, String> NAMES = load();

  private TagNames() {}

  /** The display label of a tag value. */
  public static String label(String tag) {
    int colon = tag.indexOf(':');
    if (colon <= 0 || colon == tag.length() - 1) {
      return tag;
    }
    String kind = tag.substring(0, colon);
    String prefix = KINDS.get(kind);
    if (prefix == null) {
      return tag;
    }
    String code = tag.substring(colon + 1);
    String named = NAMES.get(tag.toLowerCase(Locale.ROOT));
    return prefix + ": " + (named != null ? named : words(code));
  }

  /** {@code james-baker} → {@code James Baker}. */
  private static String words(String code) {
    StringBuilder sb = new StringBuilder(code.length());
    boolean start = true;
    for (char c : code.toCharArray()) {
      char out = c == '-' || c == '_' ? ' ' : c;
      sb.append(start ? Character.toUpperCase(out) : out);
      start = out == ' ';
    }
    return sb.toString();
  }

  private static Map<String, String> load() {
    Map<String, String> names = new HashMap<>();
    try (InputStream in = TagNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        names.put(cells[0] + ":" + cells[1], cells[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(names);
  }
}
