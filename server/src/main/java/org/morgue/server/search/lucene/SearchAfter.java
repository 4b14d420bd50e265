package org.morgue.server.search.lucene;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.morgue.server.search.Cursor;
import org.morgue.server.search.SortOrder;

/**
 * Translates between the API's {@link Cursor} and Lucene's search-after {@link FieldDoc}, whose sort
 * values follow {@link SearchExecution#sort(SortOrder)}: the score or the date key, then the id.
 */
final class SearchAfter {

  private SearchAfter() {}

  /** The cursor naming the given hit, which was collected with the sort of {@code order}. */
  static Cursor cursor(SortOrder order, FieldDoc last) {
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    return order.byScore()
        ? new Cursor(order, (Float) last.fields[0], 0, id)
        : new Cursor(order, 0f, (Long) last.fields[0], id);
  }

  /**
   * The search-after position of a cursor. The doc number is the largest possible: ties on every sort
   * value can only be the cursor's own story (ids are unique), which must then be skipped, and the
   * doc numbers of a reopened index would mean nothing anyway.
   */
  static FieldDoc fieldDoc(Cursor cursor) {
    Object key = cursor.sort().byScore() ? (Object) cursor.score() : (Object) cursor.published();
    return new FieldDoc(
        Integer.MAX_VALUE, Float.NaN, new Object[] {key, new BytesRef(cursor.id())});
  }
}
