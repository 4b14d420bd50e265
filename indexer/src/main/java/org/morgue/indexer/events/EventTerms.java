package org.morgue.indexer.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.index.Schema;

/**
 * The raw term counts of a story for event clustering: the words of title and body as the index
 * analyses them (so an update can weigh them with the index's own document frequencies), the
 * headline's words counted twice (it says what the event is), and each extracted entity as one term
 * of its own counted twice (two outlets name the same people and places in different words).
 */
public final class EventTerms {

  /** Entity terms start with a character no analysed word has. */
  static final String ENTITY_PREFIX = "\u0001";

  private EventTerms() {}

  /** Term to count; words that are only digits are left out (every story has dates and amounts). */
  public static Map<String, Integer> of(
      Analyzer analyzer, String title, String body, List<Entity> entities) {
    Map<String, Integer> counts = new HashMap<>();
    add(analyzer, title, 2, counts);
    add(analyzer, body, 1, counts);
    for (Entity e : entities) {
      counts.merge(entityTerm(e.type().facetName(), e.key()), 2, Integer::sum);
    }
    return counts;
  }

  static String entityTerm(String dim, String key) {
    return ENTITY_PREFIX + dim + ENTITY_PREFIX + key;
  }

  private static void add(Analyzer analyzer, String text, int weight, Map<String, Integer> counts) {
    if (text.isEmpty()) {
      return;
    }
    try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() >= 2 && !digits(term)) {
          counts.merge(term.toString(), weight, Integer::sum);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
  }

  private static boolean digits(CharSequence term) {
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isDigit(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
