package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.morgue.server.search.SearchResponse.Hit;
import org.morgue.server.testing.ArchiveTest;

/** Search-after cursors on the multi-segment test archive (two stories per segment). */
class CursorPagingTest extends ArchiveTest {

  private static SearchRequest first(String q, SortOrder sort, int size) {
    return SearchRequest.builder().q(q).sort(sort).size(size).build();
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  /** Follows next cursors from the first page to the last, collecting every id. */
  private List<String> walk(SearchRequest firstPage) {
    List<String> seen = new ArrayList<>();
    SearchResponse page = service.search(firstPage);
    seen.addAll(ids(page));
    while (page.nextCursor() != null) {
      page = service.search(firstPage.after(Cursor.decode(page.nextCursor(), firstPage.sort())));
      seen.addAll(ids(page));
    }
    return seen;
  }

  @ParameterizedTest(name = "q=''{0}'' sort={1}")
  @CsvSource({
    "'',relevance",
    "'',newest",
    "'',oldest",
    "embassy,relevance",
    "embassy,newest",
    "embassy,oldest",
    "baghdad OR basra,relevance"
  })
  void walkingWithSizeTwoVisitsEachStoryOnceInTheOrderOfOneBigPage(String q, String sort) {
    SortOrder order = SortOrder.parse(sort);
    List<String> oneBigPage = ids(service.search(first(q, order, 100)));
    assertEquals(oneBigPage, walk(first(q, order, 2)));
  }

  @Test
  void walksCrossUndatedStoriesAndCarryTheFullTotal() {
    assertEquals(List.of("s6", "s3", "s1", "s2", "s4", "s5"), walk(first("", SortOrder.NEWEST, 2)));
    assertEquals(List.of("s4", "s2", "s1", "s3", "s6", "s5"), walk(first("", SortOrder.OLDEST, 4)));
    SearchResponse second = service.search(first("", SortOrder.OLDEST, 4)
        .after(Cursor.decode(
            service.search(first("", SortOrder.OLDEST, 4)).nextCursor(), SortOrder.OLDEST)));
    assertEquals(List.of("s6", "s5"), ids(second));
    assertEquals(6, second.total().value());
    assertNull(second.nextCursor());
  }

  @Test
  void theLastFullPageHasNoCursorAndNumberedPagesCarryOne() {
    assertNull(service.search(first("", SortOrder.NEWEST, 6)).nextCursor());
    SearchResponse page2 = service.search(
        SearchRequest.builder().sort(SortOrder.NEWEST).page(2).size(2).build());
    assertEquals(List.of("s1", "s2"), ids(page2));
    assertNotNull(page2.nextCursor());
    SearchResponse page3 = service.search(
        first("", SortOrder.NEWEST, 2).after(Cursor.decode(page2.nextCursor(), SortOrder.NEWEST)));
    assertEquals(List.of("s4", "s5"), ids(page3));
  }

  @Test
  void cursorsRoundTripExactly() {
    for (Cursor c : List.of(
        new Cursor(SortOrder.RELEVANCE, 0.41234567f, 0, "000_ab"),
        new Cursor(SortOrder.NEWEST, 0f, Long.MIN_VALUE, "s5"),
        new Cursor(SortOrder.OLDEST, 0f, 18_000, "é/ü"))) {
      assertEquals(c, Cursor.decode(c.encode(), c.sort()));
    }
  }

  @ParameterizedTest
  // valid for comparison: AQEAAAAAAAAAAAACczU (version 1, newest, key 0, id "s5")
  @ValueSource(
      strings = {
        "",
        "!!!",
        "AQ",
        "AgEAAAAAAAAAAAACczU",
        "AQEAAAAAAAAAAAACczUA",
        "AQkAAAAAAAAAAAACczU",
        "AQEAAAAAAAAAAAADczU",
        "AQEAAAAAAAAAAAAA",
        "AQEAAAAAAAAAAAACcz",
        "eyJpZCI6InMxIn0"
      })
  void tamperedOrGarbageCursorsAreInvalidParameters(String text) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> Cursor.decode(text, SortOrder.NEWEST));
    assertEquals(InvalidRequestException.INVALID_PARAMETER, e.code());
    assertEquals("cursor is not a cursor this server made", e.getMessage());
  }

  @Test
  void aCursorOnlyWorksWithItsOwnSortAndFirstPage() {
    String newest = new Cursor(SortOrder.NEWEST, 0f, 18_000, "s1").encode();
    assertEquals(
        "cursor was made for sort=newest, not sort=oldest; keep the parameters of the first page",
        assertThrows(InvalidRequestException.class, () -> Cursor.decode(newest, SortOrder.OLDEST))
            .getMessage());
    Cursor c = Cursor.decode(newest, SortOrder.NEWEST);
    assertEquals(
        "cursor and page=2 cannot be combined; a cursor already says where the page starts",
        assertThrows(
                InvalidRequestException.class,
                () -> SearchRequest.builder()
                    .sort(SortOrder.NEWEST)
                    .page(2)
                    .cursor(Optional.of(c))
                    .build())
            .getMessage());
  }
}
