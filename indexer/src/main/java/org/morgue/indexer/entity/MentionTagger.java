package org.morgue.indexer.entity;

import java.util.List;

/**
 * The expensive half of entity extraction: the tagger that labels spans in a story's text. What it
 * returns is the raw extraction; {@link Extraction#entities} turns it into entities with rules that
 * are cheap enough to run again on every build. Implementations are thread-safe.
 */
public interface MentionTagger {

  /**
   * What the tagger's output depends on besides the text: the model's content and the version of the
   * tagging code. Two taggers with equal identities return equal mentions for equal text, so the
   * identity is part of the extraction cache key.
   */
  String identity();

  /**
   * @param title the story's headline (may be empty)
   * @param body the cleaned body
   * @return every labelled span, in no particular order
   */
  List<Mention> tag(String title, String body);
}
