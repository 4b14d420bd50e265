package org.morgue.indexer.entity;

/**
 * Where a mention stands: character offsets {@code [start, end)} into the story's title or body.
 *
 * @param inTitle true for an offset into the title, false for the body
 */
public record Span(boolean inTitle, int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
