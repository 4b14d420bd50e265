package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips leading titles and honorifics from a person mention ("Mr Khazali", "President Donald
 * Trump", "US senator Marco Rubio") so every form of a name gets one key.
 *
 * <p>Religious ranks such as "Ayatollah" and "Sheikh" are stripped as well: outlets use them
 * inconsistently ("Ayatollah Ali Khamenei", "Ali Khamenei", "Khamenei"), so keeping them would
 * split one person into several facet values; the rank is not part of the name.
 */
final class PersonTitles {

  // Folded title phrases, longest first so "secretary of state" wins over "secretary".
  private static final List<List<String>> TITLES = List.of(
          "secretary of state",
          "secretary of defense",
          "secretary of defence",
          "supreme leader",
          "grand ayatollah",
          "prime minister",
          "vice president",
          "foreign minister",
          "defence secretary",
          "defense secretary",
          "home secretary",
          "state secretary",
          "president",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "lady",
          "senator",
          "sen",
          "rep",
          "congressman",
          "congresswoman",
          "governor",
          "gov",
          "general",
          "gen",
          "ayatollah",
          "sheikh",
          "sheik",
          "imam",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "chancellor",
          "minister",
          "secretary",
          "judge",
          "justice",
          "colonel",
          "col",
          "captain",
          "capt",
          "lieutenant",
          "lt",
          "sergeant",
          "sgt",
          "rev",
          "reverend",
          "acting",
          "former",
          "commander",
          "cleric",
          "ambassador",
          "mayor")
      .stream()
      .map(t -> List.of(t.split(" ")))
      .sorted((a, b) -> b.size() - a.size())
      .toList();

  // A qualifier such as "US" or "Iraqi" is stripped only when a title follows it.
  private static final Set<String> NEVER_A_NAME = Set.of("the", "a", "an", "former", "acting");
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private PersonTitles() {}

  /** The span without its leading titles; unchanged when nothing is a title. */
  static Span strip(StoryText text, Span span) {
    String surface = text.of(span);
    List<int[]> tokens = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher m = TOKEN.matcher(surface);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
      keys.add(NameKeys.fold(m.group()));
    }
    int first = 0;
    while (first < tokens.size() - 1) {
      int n = titleLength(keys, first);
      if (n == 0 && first + 1 < tokens.size() - 1) {
        // "US senator Marco Rubio": one qualifier word directly before a title goes with it.
        int after = titleLength(keys, first + 1);
        n = after > 0 || NEVER_A_NAME.contains(keys.get(first)) ? after + 1 : 0;
      }
      // Never strip the last token: "President" alone stays as tagged (and the junk filter
      // decides).
      if (n == 0 || first + n > tokens.size() - 1) {
        break;
      }
      first += n;
    }
    return first == 0
        ? span
        : new Span(span.inTitle(), span.start() + tokens.get(first)[0], span.end());
  }

  private static int titleLength(List<String> keys, int from) {
    for (List<String> title : TITLES) {
      int end = from + title.size();
      if (end <= keys.size() && keys.subList(from, end).equals(title)) {
        return title.size();
      }
    }
    return 0;
  }

  /** True when the whole key is a title ("President" tagged alone): not a person. */
  static boolean isOnlyTitle(String key) {
    return TITLES.contains(List.of(key.split(" ")));
  }
}
