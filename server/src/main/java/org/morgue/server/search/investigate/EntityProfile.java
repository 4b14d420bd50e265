package org.morgue.server.search.investigate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.morgue.server.search.SearchResponse;

/**
 * One entity across the archive.
 *
 * @param variants the surface forms the stories write it in, most used first (read from at most
 *     {@code variantsFrom} stories, the newest)
 * @param aliases "also known as" names the extractor joined to it
 * @param stories stories naming it
 * @param first earliest publication day of those stories, null when none is dated
 * @param dates their date histogram, as the search's
 * @param outlets the outlets with most of those stories
 * @param cooccurring per entity type, the names sharing most stories with it (ties by label)
 * @param cooccurringByLift per entity type, names sharing at least {@link #MIN_LIFT_COUNT} stories, highest lift first
 * @param searchUrl the page URL of its stories
 */
public record EntityProfile(
    String type,
    String value,
    String label,
    List<String> variants,
    List<String> aliases,
    int variantsFrom,
    long stories,
    String first,
    String last,
    SearchResponse.Dates dates,
    List<Outlet> outlets,
    Map<String, List<Cooccurrence>> cooccurring,
    Map<String, List<Cooccurrence>> cooccurringByLift,
    String searchUrl) {

  /** A pair sharing one story has a huge lift by chance on any archive; lift ranks pairs sharing this many. */
  public static final int MIN_LIFT_COUNT = 2;
  /** Names listed per type in each ranking. */
  public static final int LISTED = 10;
  /** Newest stories whose stored mentions are read for the variants. */
  public static final int VARIANT_STORIES = 500;

  public static final int OUTLETS = 5;

  public EntityProfile {
    Objects.requireNonNull(label, "label");
    variants = List.copyOf(variants);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(dates, "dates");
    outlets = List.copyOf(outlets);
    cooccurring = Collections.unmodifiableMap(new LinkedHashMap<>(cooccurring));
    cooccurringByLift = Collections.unmodifiableMap(new LinkedHashMap<>(cooccurringByLift));
  }
}
