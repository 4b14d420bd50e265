package org.morgue.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.morgue.indexer.copies.CopyInfo;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.CopyVersions;
import org.morgue.server.search.StoryNotFoundException;
import org.morgue.server.search.WordDiff;

/** A story's copy group and the diff between two stories, read from one searcher. */
final class CopyGroupLookup {

  /** A group larger than this is listed in part: no real story is syndicated ten thousand times. */
  static final int MAX_MEMBERS = 10_000;

  private final Schema schema;
  private final ArchiveSearcher searcher;

  CopyGroupLookup(Schema schema, ArchiveSearcher searcher) {
    this.schema = schema;
    this.searcher = searcher;
  }

  CopyVersions versions(String id) throws IOException {
    CopyInfo copy = schema.copyOf(document(id));
    TopDocs members = searcher.search(new TermQuery(new Term(Schema.COPY_GROUP, copy.group())), MAX_MEMBERS);
    List<CopyVersions.Version> versions = new ArrayList<>();
    for (ScoreDoc hit : members.scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      Story s = schema.fromDocument(doc).story();
      CopyInfo info = schema.copyOf(doc);
      versions.add(new CopyVersions.Version(s.id(), s.title(), s.source(), s.published().map(PubDate::iso).orElse(null),
          info.similarity(), info.lead()));
    }
    if (versions.isEmpty()) {
      // A build without copy fields: the story is its own group.
      Story s = schema.fromDocument(document(id)).story();
      versions.add(new CopyVersions.Version(s.id(), s.title(), s.source(), s.published().map(PubDate::iso).orElse(null),
          1f, true));
    }
    // ISO dates of one precision sort as text; undated ("~" sorts after digits) last.
    versions.sort(Comparator.comparing((CopyVersions.Version v) -> !v.lead())
        .thenComparing(v -> v.published() == null ? "~" : v.published())
        .thenComparing(CopyVersions.Version::id));
    return new CopyVersions(id, copy.group(), versions);
  }

  WordDiff diff(String id, String other) throws IOException {
    String from = schema.fromDocument(document(id)).story().body();
    String to = schema.fromDocument(document(other)).story().body();
    return WordDiff.of(id, from, other, to);
  }

  private Document document(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new StoryNotFoundException(id);
    }
    return searcher.storedFields().document(top.scoreDocs[0].doc);
  }
}
