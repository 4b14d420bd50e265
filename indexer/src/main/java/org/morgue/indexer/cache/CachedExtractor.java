package org.morgue.indexer.cache;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.morgue.indexer.entity.Aliases;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityExtractor;
import org.morgue.indexer.entity.Extraction;
import org.morgue.indexer.entity.Mention;
import org.morgue.indexer.entity.MentionTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An extractor that tags a story only when the cache has no extraction for its exact text under
 * this tagger's identity. What is cached is the tagger's raw mentions; the in-story rules
 * ({@link Extraction#entities}), the alias table and the archive pass run on every build, so a change
 * to any of them takes effect without re-tagging, and the key needs no rules version.
 *
 * <p>The tagger is loaded on the first miss: a rebuild served wholly from the cache never pays
 * for loading the model.
 */
public final class CachedExtractor implements EntityExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(CachedExtractor.class);

  private final ExtractionCache cache;
  private final String identity;
  private final Supplier<? extends MentionTagger> loader;
  private final Aliases aliases;
  private volatile MentionTagger tagger;

  /**
   * @param identity the identity of the tagger {@code loader} returns (see {@link MentionTagger#identity})
   * @param loader loads the tagger; called at most once, on the first story not in the cache
   */
  public CachedExtractor(
      ExtractionCache cache, String identity, Supplier<? extends MentionTagger> loader) {
    this(cache, identity, loader, Aliases.none());
  }

  /**
   * With a curated alias table, applied after the in-story rules, which leave the names it lists to it
   * (see {@link Extraction#entities(String, String, List, Aliases)}).
   */
  public CachedExtractor(
      ExtractionCache cache,
      String identity,
      Supplier<? extends MentionTagger> loader,
      Aliases aliases) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** Over a tagger already loaded. */
  public CachedExtractor(ExtractionCache cache, MentionTagger tagger) {
    this(cache, tagger.identity(), () -> tagger);
    this.tagger = tagger;
  }

  @Override
  public List<Entity> extract(String title, String body) {
    CacheKey key = CacheKey.of(identity, title, body);
    Optional<List<Mention>> cached = cache.get(key, title.length(), body.length());
    List<Mention> mentions;
    if (cached.isPresent()) {
      mentions = cached.get();
    } else {
      mentions = tagger().tag(title, body);
      cache.put(key, mentions);
    }
    return Extraction.entities(title, body, mentions, aliases);
  }

  private MentionTagger tagger() {
    MentionTagger loaded = tagger;
    if (loaded == null) {
      synchronized (this) {
        loaded = tagger;
        if (loaded == null) {
          loaded = loader.get();
          if (!loaded.identity().equals(identity)) {
            // Storing its output under another identity would poison the cache for the real one.
            throw new IllegalStateException(
                "tagger identity " + loaded.identity() + " is not the expected " + identity);
          }
          LOG.info("a story is not in the extraction cache: loaded the tagger");
          tagger = loaded;
        }
      }
    }
    return loaded;
  }
}
