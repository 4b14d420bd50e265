package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries a story names without a place mention for them: inside another name ("the Bank of
 * Japan", "Kuwait Petroleum Corp", "Texaco Canada", "Eastern Canada") or in words the tagger left out
 * ("the Iran-contra scandal", "Japan-based", a table row). A reader filtering on the country expects
 * these stories: on Reuters-21578 they were nearly all the stories whose body names Japan, Kuwait,
 * Canada or Iran and whose place facets lacked it ({@code f.place=Canada} found 77.6% of them).
 *
 * <p>Such a country is added with no mention of its own: its words belong to the organization's
 * mention or to a name the tagger did not take (CoNLL's MISC "Iran-contra"), and a span over them
 * would be a second name where there is one. Only countries (not cities or states: "New York Stock
 * Exchange" is no story about New York), capitalised as written, never inside a person's name
 * ("Michael Jordan"), and not after a word that makes it another place ("New England", "Latin
 * America", "South America").
 */
final class ImpliedCountries {

  // Longest gazetteer name looked for ("United Arab Emirates", "Bosnia and Herzegovina").
  private static final int MAX_WORDS = 4;
  private static final Set<String> OTHER_PLACE_BEFORE =
      Set.of("new", "latin", "south", "north", "central");
  // A word, dots inside kept ("U.S."), hyphens and apostrophes not ("Iran-contra", "Japan's").
  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:\\.\\p{L}[\\p{L}\\p{M}]*)*\\.?");

  private ImpliedCountries() {}

  /** The countries the story's entities and body imply beyond its place entities, as mention-less places. */
  static List<Entity> of(StoryText text, List<Entity> entities) {
    Set<String> present = new HashSet<>();
    entities.stream().filter(e -> e.type() == EntityType.PLACE).forEach(e -> present.add(e.key()));
    Map<String, Entity> implied = new LinkedHashMap<>();
    List<Span> bodySpans = new ArrayList<>();
    for (Entity e : entities) {
      for (Span span : e.spans()) {
        if (!span.inTitle()) {
          bodySpans.add(span);
        }
        if (e.type() != EntityType.PERSON) {
          countries(
              text.field(span), span.start(), span.end(), List.of(), e.key(), present, implied);
        }
      }
    }
    countries(text.body(), 0, text.body().length(), bodySpans, "", present, implied);
    return List.copyOf(implied.values());
  }

  /** Adds the countries written as capitalised words in {@code field[start, end)} outside {@code taken}. */
  private static void countries(
      String field,
      int start,
      int end,
      List<Span> taken,
      String own,
      Set<String> present,
      Map<String, Entity> implied) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(field).region(start, end);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    Gazetteer places = Gazetteer.bundled();
    for (int i = 0; i < words.size(); i++) {
      if (!capitalised(field, words.get(i)) || inside(taken, words.get(i))) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
        int[] last = words.get(i + n - 1);
        if (!capitalised(field, last) || !joined(field, words, i, n)) {
          continue;
        }
        String name = field.substring(words.get(i)[0], last[1]);
        Gazetteer.Place p = places.place(NameKeys.fold(name));
        if (p == null) {
          continue;
        }
        boolean otherPlace = i > 0
            && joined(field, words, i - 1, 2)
            && OTHER_PLACE_BEFORE.contains(NameKeys.fold(text(field, words.get(i - 1))));
        if (p.kind() == Gazetteer.Kind.COUNTRY
            && !otherPlace
            && !p.key().equals(own)
            && !present.contains(p.key())
            && !inside(taken, new int[] {words.get(i)[0], last[1]})) {
          implied.putIfAbsent(
              p.key(), new Entity(EntityType.PLACE, p.key(), p.display(), List.of()));
        }
        i += n - 1;
        break;
      }
    }
  }

  private static boolean capitalised(String field, int[] word) {
    return Character.isUpperCase(field.codePointAt(word[0]));
  }

  /** True when words i..i+n-1 stand one space apart: one phrase, not "Japan. Iran" or "Japan-Iran". */
  private static boolean joined(String field, List<int[]> words, int i, int n) {
    for (int k = i; k + 1 < i + n; k++) {
      String gap = field.substring(words.get(k)[1], words.get(k + 1)[0]);
      if (gap.isEmpty() || !gap.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String text(String field, int[] word) {
    return field.substring(word[0], word[1]);
  }

  private static boolean inside(List<Span> taken, int[] range) {
    for (Span s : taken) {
      if (range[0] < s.end() && range[1] > s.start()) {
        return true;
      }
    }
    return false;
  }
}
