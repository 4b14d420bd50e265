package org.morgue.indexer.entity;

import java.util.List;
import java.util.Objects;

/**
 * The cheap half of entity extraction: a story's raw mentions turned into its entities by the
 * in-story rules ({@code Canonicalizer}: titles, junk, spellings, types, surnames, headline caps).
 * Every extractor built on a {@link MentionTagger} goes through here, cached or not, so a rule
 * change takes effect on the next build without re-running the tagger.
 */
public final class Extraction {

  private Extraction() {}

  /**
   * @param title the headline the mentions point into
   * @param body the body the mentions point into
   * @param mentions the tagger's raw spans, any order
   * @return the story's entities, ordered by type, then first mention
   */
  public static List<Entity> entities(String title, String body, List<Mention> mentions) {
    return Canonicalizer.canonicalize(new StoryText(title, body), mentions);
  }

  /**
   * The in-story rules with a curated alias table: a name the table lists is left to it rather than
   * linked by a guess, then the table is applied.
   *
   * @return the story's entities, ordered by type, then first mention
   */
  public static List<Entity> entities(
      String title, String body, List<Mention> mentions, Aliases aliases) {
    Objects.requireNonNull(aliases, "aliases");
    return aliases.apply(
        Canonicalizer.canonicalize(new StoryText(title, body), mentions, aliases::lists));
  }

  /** An extractor that tags every story afresh, applies the in-story rules and the alias table. */
  public static EntityExtractor uncached(MentionTagger tagger, Aliases aliases) {
    Objects.requireNonNull(tagger, "tagger");
    Objects.requireNonNull(aliases, "aliases");
    return (title, body) -> entities(title, body, tagger.tag(title, body), aliases);
  }

  /** An extractor that tags every story afresh and applies the in-story rules. */
  public static EntityExtractor uncached(MentionTagger tagger) {
    Objects.requireNonNull(tagger, "tagger");
    return (title, body) -> entities(title, body, tagger.tag(title, body));
  }
}
