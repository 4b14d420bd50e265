package org.morgue.indexer.entity;

import java.util.Objects;

/**
 * One span the tagger labelled, before canonicalisation.
 *
 * @param type the Morgue type the CoNLL label maps to
 * @param span where it stands in the title or body
 */
record Mention(EntityType type, Span span) {
  Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
  }
}
