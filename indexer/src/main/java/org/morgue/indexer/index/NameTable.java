package org.morgue.indexer.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IntroSorter;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.NameKeys;

/**
 * The typeahead's name table of one build: every canonical person, org and place name with its story
 * count, ready for prefix lookup. Each name is filed under every word it contains (folded as the keys are:
 * no accents, lower case, punctuation as spaces), so {@code khaz} finds Qais al-Khazali; the sorted entries
 * are searched by binary search.
 *
 * <p>Counting every value and sorting the entries costs time proportional to the archive, so the indexer
 * builds the table once, beside the labels, and writes it into the build as {@value #FILE}; every server
 * that opens the build reads it instead of building it again. A build made before the file existed has
 * none, and the server builds it when it opens the build ({@link #of}).
 *
 * <p>An entry is a name and a word's offset in one of its two folded forms (its key, or its folded label
 * when that differs), held in int arrays rather than as a substring per word: on a million headlines
 * with half a million names the substrings alone were over a hundred megabytes of a 512 MB heap.
 */
public final class NameTable {

  public static final String FILE = "names.bin";
  /** Changes whenever the file's layout does; a file of another version is read as absent. */
  private static final int VERSION = 1;

  private static final int MAGIC = 0x4D4E414D; // "MNAM"
  private static final List<String> TYPES =
      Arrays.stream(EntityType.values()).map(EntityType::facetName).toList();

  /**
   * One canonical name.
   *
   * @param type the entity facet ({@code person}, {@code org}, {@code place})
   * @param key the facet key
   * @param label the display label
   * @param count stories with the name
   */
  public record Name(String type, String key, String label, long count) {
    public Name {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
    }
  }

  private final List<Name> names;
  /** Per name, its folded label when that differs from its key, else null. */
  private final String[] foldedLabels;
  /** Entries sorted by the folded suffix they start: the name's index ... */
  private final int[] owners;
  /** ... and the word's offset: {@code >= 0} in the key, {@code < 0} as {@code -(offset + 1)} in the folded label. */
  private final int[] offsets;

  private NameTable(List<Name> names, String[] foldedLabels, int[] owners, int[] offsets) {
    this.names = names;
    this.foldedLabels = foldedLabels;
    this.owners = owners;
    this.offsets = offsets;
  }

  /** The table of a reader's entity facet values, labelled with the build's labels. */
  public static NameTable of(Optional<SortedSetDocValuesReaderState> state, EntityLabels labels)
      throws IOException {
    List<Name> names = new ArrayList<>();
    if (state.isPresent()) {
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get());
      for (String dim : TYPES) {
        if (state.get().getOrdRange(dim) == null) {
          continue;
        }
        FacetResult all = counts.getAllChildren(dim);
        for (LabelAndValue value : all.labelValues) {
          names.add(
              new Name(dim, value.label, labels.label(dim, value.label), value.value.longValue()));
        }
      }
    }
    String[] foldedLabels = new String[names.size()];
    IntStream.Builder owners = IntStream.builder();
    IntStream.Builder offsets = IntStream.builder();
    for (int i = 0; i < names.size(); i++) {
      String key = names.get(i).key();
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
    NameTable built = new NameTable(
        List.copyOf(names),
        foldedLabels,
        owners.build().toArray(),
        offsets.build().toArray());
    built.sortEntries();
    return built;
  }

  /** The table of a committed build folder, read from its index. */
  static NameTable of(Path buildDir, FacetsConfig config, EntityLabels labels) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(buildDir))) {
      return of(facetState(reader, config), labels);
    }
  }

  /** The reader's facet state; empty when no story has a facet value (Lucene refuses the state then). */
  public static Optional<SortedSetDocValuesReaderState> facetState(
      IndexReader reader, FacetsConfig config) throws IOException {
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    boolean any = reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
    return any
        ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config))
        : Optional.empty();
  }

  /** Writes the table into the build folder (atomically: a reader sees the old file or the whole new one). */
  public void write(Path buildDir) throws IOException {
    Path tmp = buildDir.resolve(FILE + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(names.size());
      for (int i = 0; i < names.size(); i++) {
        Name name = names.get(i);
        out.writeByte(TYPES.indexOf(name.type()));
        writeString(out, name.key());
        writeString(out, name.label());
        out.writeLong(name.count());
        out.writeBoolean(foldedLabels[i] != null);
        if (foldedLabels[i] != null) {
          writeString(out, foldedLabels[i]);
        }
      }
      out.writeInt(owners.length);
      for (int i = 0; i < owners.length; i++) {
        out.writeInt(owners[i]);
        out.writeInt(offsets[i]);
      }
    }
    Files.move(
        tmp,
        buildDir.resolve(FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The table the indexer wrote into the build; empty when the build has none (made before the file
   * existed) or one of another version.
   *
   * @throws IOException when the file is there but cannot be read whole
   */
  public static Optional<NameTable> read(Path buildDir) throws IOException {
    Path file = buildDir.resolve(FILE);
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      // Every count is checked against the file's size: a damaged count must not allocate
      // gigabytes.
      long size = Files.size(file);
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        return Optional.empty();
      }
      int count = bounded(in.readInt(), size / 14, file);
      List<Name> names = new ArrayList<>(count);
      String[] foldedLabels = new String[count];
      for (int i = 0; i < count; i++) {
        String type = TYPES.get(bounded(in.readByte(), TYPES.size() - 1, file));
        names.add(
            new Name(type, readString(in, size, file), readString(in, size, file), in.readLong()));
        foldedLabels[i] = in.readBoolean() ? readString(in, size, file) : null;
      }
      int entries = bounded(in.readInt(), size / 8, file);
      int[] owners = new int[entries];
      int[] offsets = new int[entries];
      for (int i = 0; i < entries; i++) {
        owners[i] = in.readInt();
        offsets[i] = in.readInt();
      }
      return Optional.of(new NameTable(List.copyOf(names), foldedLabels, owners, offsets));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Length-prefixed UTF-8: writeUTF refuses strings over 64 KB, and a label is the archive's text. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in, long size, Path file) throws IOException {
    byte[] bytes = new byte[bounded(in.readInt(), size, file)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int bounded(int value, long max, Path file) throws IOException {
    if (value < 0 || value > max) {
      throw new IOException(
          file + " is damaged: a count of " + value + " where at most " + max + " fit");
    }
    return value;
  }

  /** How many names the table holds. */
  public int size() {
    return names.size();
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
    return offset >= 0 ? names.get(owners[entry]).key() : foldedLabels[owners[entry]];
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
  public List<Name> matching(String foldedPrefix, int size) {
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
    return matched.stream()
        .map(names::get)
        .sorted(Comparator.comparingLong(Name::count)
            .reversed()
            .thenComparing(Name::label)
            .thenComparingInt(n -> TYPES.indexOf(n.type()))
            .thenComparing(Name::key))
        .limit(size)
        .toList();
  }
}
