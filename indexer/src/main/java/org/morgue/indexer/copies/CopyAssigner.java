package org.morgue.indexer.copies;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.Story;

/**
 * The incremental path's copy grouping: a story added to an existing index joins the group of its most
 * similar copy there. Candidates come from the band keys every document carries ({@link Schema#COPY_BANDS}),
 * so the cost is a small term query plus an exact check of a few bodies, whatever the archive's size.
 * The group keeps its lead even when the new story is dated earlier (group ids stay stable between
 * rebuilds; the next rebuild re-elects the earliest).
 */
public final class CopyAssigner {

  /** Candidates checked exactly: the stories sharing the most bands come first. */
  public static final int MAX_CANDIDATES = 50;

  /**
   * Where a new story goes.
   *
   * @param info the copy fields to write for the new story
   * @param bandKeys its band keys, for {@link Schema#addCopyFields}
   * @param membersToUpdate ids of the group's existing members, whose {@code versions} grows by one:
   *     the caller rewrites them with {@code info.versions()} (their group, lead and similarity stay)
   */
  public record Assignment(CopyInfo info, int[] bandKeys, List<String> membersToUpdate) {
    public Assignment {
      Objects.requireNonNull(info, "info");
      bandKeys = bandKeys.clone();
      membersToUpdate = List.copyOf(membersToUpdate);
    }
  }

  private final Schema schema;
  private final MinHash minHash;

  public CopyAssigner(Schema schema, CopyParams params) {
    this.schema = schema;
    this.minHash = new MinHash(params);
  }

  /** The stories sharing a band key with these keys, those sharing the most bands scoring highest. */
  public static Query bandQuery(int[] keys) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int band = 0; band < keys.length; band++) {
      query.add(new TermQuery(new Term(Schema.COPY_BANDS, Schema.copyBandTerm(band, keys[band]))),
          BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** Finds the group the story joins in the index the searcher reads, or a group of its own. */
  public Assignment assign(IndexSearcher searcher, Story story) throws IOException {
    CopyFacts facts = CopyFacts.of(story, minHash.params().shingleSize());
    int[] keys = minHash.bandKeys(facts.shingles());
    if (keys.length == 0) {
      return new Assignment(CopyInfo.single(story.id()), keys, List.of());
    }
    String group = null;
    double best = minHash.params().threshold();
    for (ScoreDoc hit : searcher.search(bandQuery(keys), MAX_CANDIDATES).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      if (story.id().equals(doc.get(Schema.ID))) {
        continue;
      }
      CopyFacts candidate = CopyFacts.of(schema.story(doc), minHash.params().shingleSize());
      double similarity = facts.jaccard(candidate);
      if (similarity >= best && facts.copyOf(candidate, minHash.params().threshold())) {
        best = similarity;
        group = schema.copyOf(doc).group();
      }
    }
    if (group == null) {
      return new Assignment(CopyInfo.single(story.id()), keys, List.of());
    }
    TopDocs members = searcher.search(new TermQuery(new Term(Schema.COPY_GROUP, group)), Integer.MAX_VALUE);
    List<String> ids = new ArrayList<>();
    float toLead = 0;
    for (ScoreDoc member : members.scoreDocs) {
      Document doc = searcher.storedFields().document(member.doc);
      ids.add(doc.get(Schema.ID));
      if (group.equals(doc.get(Schema.ID))) {
        toLead = (float) Shingles.jaccard(facts.shingles(), Shingles.of(doc.get(Schema.BODY), minHash.params().shingleSize()));
      }
    }
    return new Assignment(new CopyInfo(group, false, toLead, ids.size() + 1), keys, ids);
  }
}
