package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.morgue.indexer.entity.Canonicalizer.Named;

/**
 * Joins the tagger's guesses on an all-capitals line (a wire headline such as "HUGHES TOOL SAYS
 * BAKER MERGER ALIVE") to the names the same story spells in mixed case.
 *
 * <p>The CoNLL model leans on capitalisation, so on a line in capitals it often tags a fragment of a
 * name with the wrong type: "GUNDY" as a person beside the body's "Wood Gundy", "BAKER" as an
 * organization beside "Baker". On Reuters-21578 that left an upper-case twin of many names. A
 * mention on such a line is therefore re-keyed (and re-typed) to the one mixed-case name in the story
 * that equals it or ends with it. Acronyms in mixed-case text ("U.S." in a body) are left alone:
 * only lines without a lower-case letter qualify, and two candidate names link nothing.
 */
final class HeadlineCaps {

  private HeadlineCaps() {}

  static List<Named> link(StoryText text, List<Named> named) {
    Map<String, EntityType> mixed = new LinkedHashMap<>();
    for (Named n : named) {
      if (!n.allCaps()) {
        mixed.putIfAbsent(n.key(), n.type());
      }
    }
    List<Named> out = new ArrayList<>(named.size());
    for (Named n : named) {
      String target =
          n.allCaps() && isCapsLine(text.line(n.span())) ? target(n.key(), mixed) : null;
      out.add(target == null ? n : new Named(mixed.get(target), n.span(), n.surface(), target));
    }
    return out;
  }

  /** The one mixed-case key equal to {@code key} or ending with it as whole words; else null. */
  private static String target(String key, Map<String, EntityType> mixed) {
    if (mixed.containsKey(key)) {
      return key;
    }
    String found = null;
    for (String candidate : mixed.keySet()) {
      if (candidate.endsWith(" " + key)) {
        if (found != null) {
          return null;
        }
        found = candidate;
      }
    }
    return found;
  }

  private static boolean isCapsLine(String line) {
    return line.codePoints().noneMatch(Character::isLowerCase);
  }
}
