package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.util.IntroSorter;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.NameKeys;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.server.search.SuggestResponse.EntityName;

/**
 * Every canonical person, org and place name of one reader with its story count, ready for prefix
 * lookup. Each name is filed under every word it contains (folded as the keys are: no accents, lower
 * case, punctuation as spaces), so {@code khaz} finds Qais al-Khazali; the sorted entries are searched by
 * binary search. Counting every value reads the facet doc values once, so it is built once per reader
 * and shared by every request, never per keystroke.
 *
 * <p>An entry is a name and a word's offset in one of its two folded forms (its key, or its folded label
 * when that differs), held in int arrays rather than as a substring per word: on a million headlines
 * with half a million names the substrings alone were over a hundred megabytes of a 512 MB heap.
 */
final class EntityNames {

  private static final List<String> TYPES = Arrays.stream(EntityType.values()).map(EntityType::facetName).toList();

  private final List<EntityName> names;
  /** Per name, its folded label when that differs from its key, else null. */
  private final String[] foldedLabels;
  /** Entries sorted by the folded suffix they start: the name's index ... */
  private final int[] owners;
  /** ... and the word's offset: {@code >= 0} in the key, {@code < 0} as {@code -(offset + 1)} in the folded label. */
  private final int[] offsets;

  private EntityNames(List<EntityName> names, String[] foldedLabels, int[] owners, int[] offsets) {
    this.names = names;
    this.foldedLabels = foldedLabels;
    this.owners = owners;
    this.offsets = offsets;
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
    String[] foldedLabels = new String[names.size()];
    IntStream.Builder owners = IntStream.builder();
    IntStream.Builder offsets = IntStream.builder();
    for (int i = 0; i < names.size(); i++) {
      String key = names.get(i).value();
      String folded = NameKeys.fold(names.get(i).label());
      for (int at : wordStarts(key)) {
        owners.add(i);
        offsets.add(at);
      }
      if (!folded.equals(key)) {
        foldedLabels[i] = folded;
        for (int at : wordStarts(folded)) {
          // A suffix the key already files under this name is not filed twice.
          if (!hasSuffix(key, folded, at)) {
            owners.add(i);
            offsets.add(-(at + 1));
          }
        }
      }
    }
    EntityNames built = new EntityNames(List.copyOf(names), foldedLabels, owners.build().toArray(), offsets.build().toArray());
    built.sortEntries();
    return built;
  }

  private static boolean hasSuffix(String key, String folded, int at) {
    int length = folded.length() - at;
    if (length > key.length()) {
      return false;
    }
    for (int start : wordStarts(key)) {
      if (key.length() - start == length && key.regionMatches(start, folded, at, length)) {
        return true;
      }
    }
    return false;
  }

  private static int[] wordStarts(String folded) {
    IntStream.Builder starts = IntStream.builder();
    int at = 0;
    while (at < folded.length()) {
      starts.add(at);
      int space = folded.indexOf(' ', at);
      if (space < 0) {
        break;
      }
      at = space + 1;
    }
    return starts.build().toArray();
  }

  private String text(int entry) {
    int offset = offsets[entry];
    return offset >= 0 ? names.get(owners[entry]).value() : foldedLabels[owners[entry]];
  }

  private int start(int entry) {
    int offset = offsets[entry];
    return offset >= 0 ? offset : -offset - 1;
  }

  /** Compares the suffixes of two entries, then their names' indexes. */
  private int compareEntries(int a, int b) {
    int c = compareSuffix(text(a), start(a), text(b), start(b));
    return c != 0 ? c : Integer.compare(owners[a], owners[b]);
  }

  private static int compareSuffix(String a, int aStart, String b, int bStart) {
    int n = Math.min(a.length() - aStart, b.length() - bStart);
    for (int i = 0; i < n; i++) {
      int c = Character.compare(a.charAt(aStart + i), b.charAt(bStart + i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length() - aStart, b.length() - bStart);
  }

  private void sortEntries() {
    new IntroSorter() {
      private String pivotText;
      private int pivotStart;
      private int pivotOwner;

      @Override
      protected void swap(int i, int j) {
        int owner = owners[i];
        owners[i] = owners[j];
        owners[j] = owner;
        int offset = offsets[i];
        offsets[i] = offsets[j];
        offsets[j] = offset;
      }

      @Override
      protected int compare(int i, int j) {
        return compareEntries(i, j);
      }

      @Override
      protected void setPivot(int i) {
        // The pivot's values, not its slot: partitioning swaps entries around it.
        pivotText = text(i);
        pivotStart = start(i);
        pivotOwner = owners[i];
      }

      @Override
      protected int comparePivot(int j) {
        int c = compareSuffix(pivotText, pivotStart, text(j), start(j));
        return c != 0 ? c : Integer.compare(pivotOwner, owners[j]);
      }
    }.sort(0, owners.length);
  }

  /** Names with a word starting with the folded prefix: most stories first, then by label, type and key. */
  List<EntityName> matching(String foldedPrefix, int size) {
    if (foldedPrefix.isEmpty()) {
      return List.of();
    }
    // First entry whose suffix is not below the prefix.
    int lo = 0;
    int hi = owners.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compareSuffix(text(mid), start(mid), foldedPrefix, 0) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Set<Integer> matched = new LinkedHashSet<>();
    for (int i = lo; i < owners.length && text(i).startsWith(foldedPrefix, start(i)); i++) {
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
