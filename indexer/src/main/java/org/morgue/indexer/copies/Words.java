package org.morgue.indexer.copies;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One scan of a body for the facts {@link CopyFacts} compares: how many distinct words it has, its
 * numbers and its names. A name here is a capitalised word that does not open a sentence: no tagger
 * (the check runs on every candidate pair, with entity extraction off too), and a formula story's
 * swapped company or country is exactly such a word. A number spelled out ("two", "twelve") is the
 * number it spells: wire style writes small numbers in words, so "two billion dlrs" one day and "1.5
 * billion dlrs" the next are another figure, and "three cts" re-filed as "3 cts" is the same one.
 */
record Words(int distinct, int[] numbers, int[] names) {

  /**
   * Numbers wire copy spells out, as the digits they stand for. Not "one": it is as often a pronoun
   * ("one of the banks") as a count, and a copy that says "one" where the other says "a" is no new figure.
   */
  private static final Map<String, String> SPELLED = spelled();

  static Words of(String text) {
    Set<String> words = new HashSet<>();
    Set<Integer> numbers = new HashSet<>();
    Set<Integer> names = new HashSet<>();
    boolean sentenceStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int start = i;
      if (Character.isDigit(c)) {
        // A number keeps its inner separators: "720.4", "1,604", "3-1/2" are one value each.
        while (i < n
            && (Character.isLetterOrDigit(text.charAt(i))
                || (i + 1 < n
                    && ".,/-".indexOf(text.charAt(i)) >= 0
                    && Character.isDigit(text.charAt(i + 1))))) {
          i++;
        }
        String number = text.substring(start, i);
        numbers.add(number.hashCode());
        words.add(number);
      } else {
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        String word = text.substring(start, i);
        String spelled = SPELLED.get(word.toLowerCase(Locale.ROOT));
        if (spelled != null) {
          numbers.add(spelled.hashCode());
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0))
            && word.length() > 1
            && word.chars().anyMatch(Character::isLowerCase);
        if (capitalised && !sentenceStart) {
          names.add(word.hashCode());
        }
        words.add(word.toLowerCase(Locale.ROOT));
      }
      sentenceStart = false;
    }
    return new Words(words.size(), sorted(numbers), sorted(names));
  }

  private static Map<String, String> spelled() {
    String[] words = {
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
      "twenty"
    };
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      map.put(words[i], String.valueOf(i + 2));
    }
    map.put("thirty", "30");
    map.put("forty", "40");
    map.put("fifty", "50");
    return Map.copyOf(map);
  }

  private static int[] sorted(Set<Integer> values) {
    int[] out = values.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }
}
