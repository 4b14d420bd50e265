package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.morgue.indexer.entity.Canonicalizer.Named;

/**
 * A mention the tagger cut short is widened to the longer name its own story spells out: in "the
 * flags of the Kata’ib Hezbollah militia" the tagger reads only "Hezbollah", in "Kataib's
 * Hezbollah militia" it reads "Kataib" as a person and "Hezbollah" apart; the same story names
 * "Kata’ib Hezbollah" (or "Kataib-Hezbollah") as an organization elsewhere, so the words before the
 * short mention plus the mention are that name. Only the story's own longer names of the same type
 * count, never the archive's: "Hezbollah" in a story that never writes "Kataib Hezbollah" is
 * Hezbollah. A mention inside the widened span (the stray person "Kataib") is dropped.
 */
final class StoryNameSpans {

  // Words in front of the mention that may complete it: "Kata’ib" (one), "Asaib Ahl" (two).
  static final int MAX_WORDS = 2;

  private StoryNameSpans() {}

  /**
   * @param named one story's mentions in text order
   * @return the mentions with short ones widened, still in text order
   */
  static List<Named> widen(StoryText text, List<Named> named) {
    Map<EntityType, Set<String>> keys = new EnumMap<>(EntityType.class);
    for (Named n : named) {
      if (n.key().indexOf(' ') > 0) {
        keys.computeIfAbsent(n.type(), t -> new HashSet<>()).add(n.key());
      }
    }
    List<Named> out = new ArrayList<>(named);
    for (int i = 0; i < out.size(); i++) {
      Named n = out.get(i);
      Named wider = wider(text, n, keys.getOrDefault(n.type(), Set.of()));
      if (wider == null) {
        continue;
      }
      out.set(i, wider);
      // Drop the earlier mentions the widened span now covers (they come just before it).
      for (int j = i - 1; j >= 0; j--) {
        Span s = out.get(j).span();
        if (s.inTitle() == wider.span().inTitle() && s.end() > wider.span().start()) {
          out.remove(j);
          i--;
        }
      }
    }
    return out;
  }

  /** The mention widened by one or two capitalised words before it to a longer story name, or null. */
  private static Named wider(StoryText text, Named n, Set<String> longerKeys) {
    if (longerKeys.isEmpty()) {
      return null;
    }
    String field = text.field(n.span());
    int start = n.span().start();
    for (int words = 1; words <= MAX_WORDS; words++) {
      // One space (not a line break) between the words, then a word back to the previous blank.
      if (start < 2 || field.charAt(start - 1) != ' ') {
        return null;
      }
      int wordStart = start - 1;
      while (wordStart > 0 && !Character.isWhitespace(field.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == start - 1) {
        return null;
      }
      Span span = Canonicalizer.trimSymbols(
          text, new Span(n.span().inTitle(), wordStart, n.span().end()));
      String surface = text.of(span);
      if (span.start() >= n.span().start() || !Character.isUpperCase(surface.codePointAt(0))) {
        return null;
      }
      String key = Canonicalizer.key(n.type(), surface);
      if (!key.equals(n.key()) && longerKeys.contains(key)) {
        return new Named(n.type(), span, surface, key);
      }
      start = wordStart;
    }
    return null;
  }
}
