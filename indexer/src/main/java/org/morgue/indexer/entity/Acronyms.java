package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.morgue.indexer.entity.Canonicalizer.Named;

/**
 * Links an acronym to the organization the same story spells out ("IMF" to "International Monetary
 * Fund"), so the story has one value for it and the archive pass learns the pair (the acronym is kept
 * as the entity's alias). An acronym is a mention of two to eight capitals, dots allowed ("U.N.");
 * it links when the initials of exactly one organization in the story spell it, counted either
 * without the small words of names ("of", "and", "the", "for", "on", "in", "de") or with every word,
 * a hyphenated word giving one initial ("Co-operation"). A word that is itself an acronym gives
 * all its letters: "EC Commission" is the Commission of the EC, so its initials are ECC, not EC (on
 * Reuters-21578 reading it as EC folded the European Community into its Commission in 39 stories).
 * Whatever type the tagger gave the acronym, it becomes that organization: the tagger often calls an
 * unknown acronym a place. An acronym the curated alias table lists is never linked by initials: an
 * editor has said what it stands for, and initials are a guess ("EC" beside "European Commission" is
 * still the European Community the table names; on Reuters-21578 the guess lost it in 16 stories).
 */
final class Acronyms {

  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,8}");
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "and", "the", "for", "on", "in", "de", "&");
  private static final Pattern WORD = Pattern.compile("\\s+");
  // Compiled once: String.replaceAll compiled it for every word of every organization name.
  private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}&]+");

  private Acronyms() {}

  /** @param listed true for a key the curated alias table defines */
  static List<Named> link(List<Named> named, Predicate<String> listed) {
    Map<String, List<String>> initialsOf = new LinkedHashMap<>(); // org key -> its two initialisms
    for (Named n : named) {
      if (n.type() == EntityType.ORG && !isAcronym(n.surface())) {
        initialsOf.putIfAbsent(n.key(), initials(n.surface()));
      }
    }
    if (initialsOf.isEmpty()) {
      return named;
    }
    List<Named> out = new ArrayList<>(named.size());
    for (Named n : named) {
      String target = isAcronym(n.surface()) && !listed.test(n.key())
          ? target(letters(n.surface()), initialsOf)
          : null;
      out.add(target == null || target.equals(n.key()) ? n : n.linkedTo(EntityType.ORG, target));
    }
    return out;
  }

  static boolean isAcronym(String surface) {
    return ACRONYM.matcher(surface).matches();
  }

  /** The one organization key whose initials spell the acronym; null for none or several. */
  private static String target(String acronym, Map<String, List<String>> initialsOf) {
    String found = null;
    for (Map.Entry<String, List<String>> e : initialsOf.entrySet()) {
      if (e.getValue().contains(acronym)) {
        if (found != null) {
          return null;
        }
        found = e.getKey();
      }
    }
    return found;
  }

  /**
   * Initials without the small words, then with every word: "Bank for International Settlements"
   * gives BIS, BFIS; then both again without a legal form at the end ("General Motors Corp" is GMC
   * and GM).
   */
  static List<String> initials(String name) {
    String[] words = WORD.split(name.strip());
    int end = words.length;
    while (end > 1 && OrgNames.LEGAL_FORMS.contains(NameKeys.fold(words[end - 1]))) {
      end--;
    }
    List<String> full = initials(words, words.length);
    return end == words.length
        ? full
        : List.of(
            full.get(0),
            full.get(1),
            initials(words, end).get(0),
            initials(words, end).get(1));
  }

  private static List<String> initials(String[] words, int end) {
    StringBuilder content = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (String word : java.util.Arrays.copyOf(words, end)) {
      String w = LEADING_NON_WORD.matcher(word).replaceAll("");
      if (w.isEmpty()) {
        continue;
      }
      String initial = isAcronym(w) ? letters(w) : w.substring(0, 1).toUpperCase(Locale.ROOT);
      all.append(initial);
      if (!SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        content.append(initial);
      }
    }
    return List.of(content.toString(), all.toString());
  }

  private static String letters(String acronym) {
    return acronym.replace(".", "");
  }
}
