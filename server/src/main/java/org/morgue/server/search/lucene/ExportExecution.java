package org.morgue.server.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.IndexedStory;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.morgue.server.search.ExportWalk;
import org.morgue.server.search.SearchRequest;
import org.morgue.server.search.StoryRow;

/**
 * One export on one searcher: search-after in fixed-size batches over the request's sort, each
 * batch's stories (snippets highlighted per batch) handed to the sink before the next is fetched, so
 * memory stays at one batch however many stories match. The same searcher serves every batch, so the walk sees one
 * consistent index even if a new build is published meanwhile.
 */
final class ExportExecution {

  /** Big enough to amortise a search per batch, small enough to be noise next to the heap. */
  static final int BATCH = 1_000;

  private final Schema schema;
  private final ArchiveSearcher searcher;
  private final EntityLabels labels;
  private final int batch;

  /** @param batch stories per search-after round ({@link #BATCH} in production; tests cross batch edges with less) */
  ExportExecution(Schema schema, ArchiveSearcher searcher, EntityLabels labels, int batch) {
    this.schema = schema;
    this.searcher = searcher;
    this.labels = labels;
    this.batch = batch;
  }

  /**
   * Writes the first {@code cap} matches in the request's order.
   *
   * @return rows written
   */
  long run(SearchRequest request, Query text, long cap, StoryRow.Sink sink, Duration limit)
      throws IOException {
    Deadline deadline = new Deadline(limit);
    // The limit watches matching in the count and in every batch; a cut batch ends the export as
    // partial.
    Query query = SearchExecution.filtered(
        schema,
        request,
        new TimeLimitedQuery(RecencyBlend.apply(text, request.sort(), searcher.stats()), deadline));
    Sort sort = SearchExecution.sort(request.sort());
    // One counting pass up front, so the response headers can say whether the cap cuts the export.
    sink.begin(searcher.count(query), cap);
    long written = deadline.wasCut() ? 0 : rows(request, text, query, sort, cap, sink, deadline);
    if (deadline.wasCut()) {
      sink.partial(written, limit);
    }
    return written;
  }

  /** Writes batches until the cap, the end of the matches or the deadline, whichever comes first. */
  private long rows(
      SearchRequest request,
      Query text,
      Query query,
      Sort sort,
      long cap,
      StoryRow.Sink sink,
      Deadline deadline)
      throws IOException {
    boolean highlight = !request.q().isBlank();
    return ExportWalk.walk(batch, cap, sink, new ExportWalk.Batches<FieldDoc>() {
      @Override
      public Optional<ExportWalk.Batch<FieldDoc>> next(FieldDoc after, int size)
          throws IOException {
        // Counting all hits would re-scan the whole result set per batch; only the page is needed.
        TopFieldDocs round =
            searcher.search(query, new TopFieldCollectorManager(sort, size, after, 1));
        if (deadline.wasCut()) {
          return Optional
              .empty(); // this batch may have missed matches the deadline skipped: it is not
          // written
        }
        int[] docIds = new int[round.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
          docIds[i] = round.scoreDocs[i].doc;
        }
        Document[] stored = SnippetHighlighter.load(searcher, docIds);
        SnippetHighlighter.Highlights marked = highlight && docIds.length > 0
            ? new SnippetHighlighter(searcher, schema.analyzer()).highlight(text, docIds, stored)
            : new SnippetHighlighter.Highlights(null, null);
        List<StoryRow> rows = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
          rows.add(row(schema.fromDocument(stored[i]), marked, i));
        }
        FieldDoc last = docIds.length == 0 ? null : (FieldDoc) round.scoreDocs[docIds.length - 1];
        return Optional.of(new ExportWalk.Batch<>(rows, last));
      }

      @Override
      public boolean stop() {
        return deadline.cut();
      }
    });
  }

  private StoryRow row(IndexedStory indexed, SnippetHighlighter.Highlights marked, int i) {
    Story s = indexed.story();
    String snippet = MarkFormatter.plain(String.join(" ", marked.body(i, s.body())));
    return new StoryRow(
        s.id(),
        s.title(),
        s.published().map(PubDate::iso).orElse(null),
        s.source(),
        s.byline(),
        s.url(),
        SearchExecution.entityLabels(indexed.entities(), labels),
        snippet);
  }
}
