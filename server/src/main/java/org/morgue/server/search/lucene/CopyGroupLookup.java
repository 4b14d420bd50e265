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
    TopDocs members =
        searcher.search(new TermQuery(new Term(Schema.COPY_GROUP, copy.group())), MAX_MEMBERS);
    List<CopyVersions.Version> versions = new ArrayList<>();
    for (ScoreDoc hit : members.scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      Story s = schema.fromDocument(doc).story();
      CopyInfo info = schema.copyOf(doc);
      versions.add(new CopyVersions.Version(
          s.id(),
          s.title(),
          s.source(),
          s.published().map(PubDate::iso).orElse(null),
          info.similarity(),
          info.lead()));
    }
    if (versions.isEmpty()) {
      // A build without copy fields: the story is its own group.
      Story s = schema.fromDocument(document(id)).story();
      versions.add(new CopyVersions.Version(
          s.id(), s.title(), s.source(), s.published().map(PubDate::iso).orElse(null), 1f, true));
    }
    // ISO dates of one precision sort as text; undated ("~" sorts after digits) last.
    Comparator<CopyVersions.Version> byDate = Comparator.comparing(
            (CopyVersions.Version v) -> v.published() == null ? "~" : v.published())
        .thenComparing(CopyVersions.Version::id);
    versions.sort(
        Comparator.comparing((CopyVersions.Version v) -> !v.lead()).thenComparing(byDate));
    List<CopyVersions.Version> reworded = reworded(id, versions);
    reworded.sort(byDate);
    versions.addAll(reworded);
    return new CopyVersions(id, copy.group(), versions);
  }

  /**
   * The story's reworded versions: those its document names and those whose documents name it (an update
   * writes the link on the new story only), minus any that are copies already.
   */
  private List<CopyVersions.Version> reworded(String id, List<CopyVersions.Version> copies)
      throws IOException {
    java.util.Map<String, Float> share = new java.util.TreeMap<>();
    schema.rewordedOf(document(id)).forEach(l -> share.merge(l.partner(), l.share(), Math::max));
    TopDocs naming = searcher.search(new TermQuery(new Term(Schema.REWORDED, id)), MAX_MEMBERS);
    java.util.Map<String, Document> docs = new java.util.HashMap<>();
    for (ScoreDoc hit : naming.scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      schema.rewordedOf(doc).stream()
          .filter(l -> l.partner().equals(id))
          .forEach(l -> share.merge(doc.get(Schema.ID), l.share(), Math::max));
      docs.put(doc.get(Schema.ID), doc);
    }
    copies.forEach(v -> share.remove(v.id()));
    List<CopyVersions.Version> out = new ArrayList<>();
    for (var e : share.entrySet()) {
      Document doc = docs.containsKey(e.getKey()) ? docs.get(e.getKey()) : find(e.getKey());
      if (doc == null) {
        // The partner left the archive (an update replaced or dropped it): nothing to list.
        continue;
      }
      Story s = schema.fromDocument(doc).story();
      out.add(new CopyVersions.Version(
          s.id(),
          s.title(),
          s.source(),
          s.published().map(PubDate::iso).orElse(null),
          e.getValue(),
          false,
          CopyVersions.REWORDED));
    }
    return out;
  }

  private Document find(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    return top.scoreDocs.length == 0
        ? null
        : searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  WordDiff diff(String id, String other) throws IOException {
    String from = schema.fromDocument(document(id)).story().body();
    String to = schema.fromDocument(document(other)).story().body();
    return WordDiff.of(id, from, other, to);
  }

  private Document document(String id) throws IOException {
    Document doc = find(id);
    if (doc == null) {
      throw new StoryNotFoundException(id);
    }
    return doc;
  }
}
