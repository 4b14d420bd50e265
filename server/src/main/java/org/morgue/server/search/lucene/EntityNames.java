package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.server.search.SuggestResponse.EntityName;

/**
 * Every canonical person, org and place name of one reader with its story count, ready for prefix
 * lookup. Each name is filed under every word it contains (folded as the keys are: no accents, lower
 * case, punctuation as spaces), so {@code khaz} finds Qais al-Khazali; the sorted array is searched by
 * binary search. Counting every value reads the facet doc values once, so it is built once per reader
 * and shared by every request, never per keystroke.
 */
final class EntityNames {

  private static final List<String> TYPES = Arrays.stream(EntityType.values()).map(EntityType::facetName).toList();

  private final List<EntityName> names;
  /** Folded name suffixes starting at a word, sorted, each with the index of its name in {@link #names}. */
  private final String[] words;
  private final int[] owners;

  private EntityNames(List<EntityName> names, String[] words, int[] owners) {
    this.names = names;
    this.words = words;
    this.owners = owners;
  }

  static EntityNames of(Optional<SortedSetDocValuesReaderState> state, EntityLabels labels) throws IOException {
    List<EntityName> names = new ArrayList<>();
    if (state.isPresent()) {
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get());
      for (String dim : TYPES) {
        if (state.get().getOrdRange(dim) == null) {
          continue;
        }
        FacetResult all = counts.getAllChildren(dim);
        for (LabelAndValue value : all.labelValues) {
          names.add(new EntityName(dim, value.label, labels.label(dim, value.label), value.value.longValue()));
        }
      }
    }
    record Entry(String word, int owner) {}
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Set<String> starts = new LinkedHashSet<>();
      wordStarts(names.get(i).value(), starts);
      wordStarts(NameKeys.fold(names.get(i).label()), starts);
      for (String start : starts) {
        entries.add(new Entry(start, i));
      }
    }
    entries.sort(Comparator.comparing(Entry::word).thenComparingInt(Entry::owner));
    return new EntityNames(List.copyOf(names), entries.stream().map(Entry::word).toArray(String[]::new),
        entries.stream().mapToInt(Entry::owner).toArray());
  }

  private static void wordStarts(String folded, Set<String> out) {
    int at = 0;
    while (at < folded.length()) {
      out.add(folded.substring(at));
      int space = folded.indexOf(' ', at);
      if (space < 0) {
        return;
      }
      at = space + 1;
    }
  }

  /** Names with a word starting with the folded prefix: most stories first, then by label, type and key. */
  List<EntityName> matching(String foldedPrefix, int size) {
    if (foldedPrefix.isEmpty()) {
      return List.of();
    }
    int first = Arrays.binarySearch(words, foldedPrefix);
    first = first >= 0 ? first : -first - 1;
    Set<Integer> matched = new LinkedHashSet<>();
    for (int i = first; i < words.length && words[i].startsWith(foldedPrefix); i++) {
      matched.add(owners[i]);
    }
    return matched.stream().map(names::get)
        .sorted(Comparator.comparingLong(EntityName::count).reversed()
            .thenComparing(EntityName::label)
            .thenComparingInt(n -> TYPES.indexOf(n.type()))
            .thenComparing(EntityName::value))
        .limit(size)
        .toList();
  }
}
