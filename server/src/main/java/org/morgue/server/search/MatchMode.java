package org.morgue.server.search;

/**
 * How the title and body are matched: {@code folded} (the default: case and accents folded, words
 * reduced to a light stem, so "Embassies" finds "embassy") or {@code exact} (the text as written: case,
 * accents and word forms kept; only typographic apostrophes and quotes read as ASCII). A search's mode
 * applies to its unscoped and {@code title:}/{@code body:} clauses; an {@code exact:…} or {@code folded:…}
 * clause picks the mode for itself. Other fields (people, sources, tags, byline) are always folded, since
 * folding is what merges their variants.
 */
public enum MatchMode {
  FOLDED,
  EXACT;

  /** Why an exact query is refused on a build without the exact fields (either backend). */
  public static final String NO_EXACT_FIELDS =
      "this archive was built without the exact title and body fields, "
          + "so exact: clauses and mode=exact cannot be searched; rebuild the index with a current 'morgue index' "
          + "to search the text as written";

  /** The name of the {@code mode} parameter's value, and the query-language scope of a clause in this mode. */
  public String apiName() {
    return ApiNames.of(this);
  }

  /** @throws InvalidRequestException for any other name */
  public static MatchMode parse(String name) {
    return ApiNames.parse(MatchMode.class, "mode", name);
  }
}
