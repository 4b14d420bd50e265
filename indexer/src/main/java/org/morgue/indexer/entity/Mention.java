package org.morgue.indexer.entity;

import java.util.Objects;

/**
 * One span the tagger labelled, before canonicalisation: the raw extraction the extraction cache
 * stores (everything after it, see {@link Extraction}, is recomputed on every build).
 *
 * @param type the Morgue type the CoNLL label maps to
 * @param span where it stands in the title or body
 */
public record Mention(EntityType type, Span span) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
  }
}
