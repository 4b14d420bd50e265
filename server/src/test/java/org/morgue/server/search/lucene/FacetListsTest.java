package org.morgue.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.SearchResponse.FacetValue;

/**
 * The top-K facet lists on a three-segment index where 50 values tie at the cut-off and the label
 * order is the reverse of the ordinal order, so Lucene's own tie-break (by ordinal) would pick the wrong ones;
 * every cut of our ordinal counts equals Lucene's counts of all values sorted in the API order.
 */
class FacetListsTest {

  private static final int VALUES = 80;
  private static final int ABOVE = 30;

  @TempDir
  Path dir;

  @Test
  void tiesAtTheCutOffAreBrokenByLabelAndSelectedValuesAreEchoed() throws IOException {
    EntityLabels labels = labels();
    try (FSDirectory index = index();
        DirectoryReader reader = DirectoryReader.open(index)) {
      assertEquals(3, reader.leaves().size());
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, new Schema().facetsConfig());
      Map<String, List<FacetValue>> lists = FacetLists.of(
          Optional.of(counts(reader, state, labels)),
          Optional.of(state),
          Map.of(Schema.PERSON, List.of("p31", "p05", "ghost"), Schema.TAG, List.of("ghost")),
          labels);

      List<FacetValue> expected = new ArrayList<>();
      // Count 3: p00..p29, whose labels n99..n70 put p29 first.
      for (int i = ABOVE - 1; i >= 0; i--) {
        expected.add(new FacetValue(key(i), label(i), 3, i == 5));
      }
      // Count 2 ties 50 values for the last 20 places: by label, p79 (n20) down to p60 (n39).
      for (int i = VALUES - 1; i >= VALUES - 20; i--) {
        expected.add(new FacetValue(key(i), label(i), 2, false));
      }
      expected.add(new FacetValue("p31", label(31), 2, true));
      expected.add(new FacetValue("ghost", "ghost", 0, true));
      assertEquals(expected, lists.get(Schema.PERSON));
      assertEquals(List.of(new FacetValue("ghost", "ghost", 0, true)), lists.get(Schema.TAG));
      assertEquals(List.of(), lists.get(Schema.ORG));
    }
  }

  @Test
  void everyCutEqualsSortingAllValues() throws IOException {
    EntityLabels labels = labels();
    try (FSDirectory index = index();
        DirectoryReader reader = DirectoryReader.open(index)) {
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, new Schema().facetsConfig());
      Facets facets = new SortedSetDocValuesFacetCounts(state);
      OrdinalFacetCounts counts = counts(reader, state, labels);
      List<FacetValue> all = new ArrayList<>();
      for (LabelAndValue lv : facets.getAllChildren(Schema.PERSON).labelValues) {
        all.add(new FacetValue(
            lv.label,
            labels.label(Schema.PERSON, lv.label),
            lv.value.longValue(),
            lv.label.equals("p40")));
      }
      all.sort(FacetLists.ORDER);
      for (int k = 1; k <= VALUES + 5; k++) {
        assertEquals(
            all.subList(0, Math.min(k, all.size())),
            counts.top(Schema.PERSON, k, Set.of("p40"), labels),
            "k=" + k);
      }
    }
  }

  /** Our ordinal counts of every story, ranked by the reader's label order. */
  private static OrdinalFacetCounts counts(
      DirectoryReader reader, SortedSetDocValuesReaderState state, EntityLabels labels)
      throws IOException {
    FacetsCollector all =
        new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    CountArrays arrays = new CountArrays(state.getSize());
    return new OrdinalFacetCounts(
        state,
        FacetOrder.of(state, labels),
        OrdinalFacetCounts.count(state, all, arrays.take()),
        Map.of(),
        arrays);
  }

  /** Three segments: two stories carry all 80 people, a third the first 30 (counts 3 and 2). */
  private FSDirectory index() throws IOException {
    FSDirectory index = FSDirectory.open(dir.resolve("index"));
    Schema schema = new Schema();
    try (IndexWriter writer =
        new IndexWriter(index, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int story = 0; story < 3; story++) {
        Document doc = new Document();
        IntStream.range(0, story < 2 ? VALUES : ABOVE)
            .forEach(i -> doc.add(new SortedSetDocValuesFacetField(Schema.PERSON, key(i))));
        writer.addDocument(schema.facetsConfig().build(doc));
        writer.commit();
      }
    }
    return index;
  }

  private EntityLabels labels() throws IOException {
    Map<String, String> person = new TreeMap<>();
    IntStream.range(0, VALUES).forEach(i -> person.put(key(i), label(i)));
    Path build = dir.resolve("build");
    java.nio.file.Files.createDirectories(build);
    new ObjectMapper()
        .writeValue(build.resolve(EntityLabels.FILE).toFile(), Map.of(Schema.PERSON, person));
    return EntityLabels.read(build);
  }

  private static String key(int i) {
    return String.format(Locale.ROOT, "p%02d", i);
  }

  /** Labels run against the keys, with mixed case so the order must ignore case. */
  private static String label(int i) {
    return String.format(Locale.ROOT, "%s%02d", i % 2 == 0 ? "N" : "n", 99 - i);
  }
}
