package org.morgue.server.search.lucene;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.MatchMode;
import org.morgue.server.search.SearchResponse;

/**
 * A query text parsed in a match mode: the Lucene query, its leaf clauses with the mode each used (for
 * the response's echo), and whether any of them needs the exact fields.
 */
record ParsedQuery(
    Query query, List<SearchResponse.Clause> clauses, boolean exact, ExpensiveTerms expensive) {

  ParsedQuery {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(expensive, "expensive");
    clauses = List.copyOf(clauses);
  }

  /** @throws InvalidRequestException when the text cannot be parsed */
  static ParsedQuery parse(Analyzer analyzer, String q, MatchMode mode) {
    ArchiveQueryParser parser = new ArchiveQueryParser(analyzer, mode);
    Query query = parser.parseQuery(q);
    return new ParsedQuery(query, parser.clauses(), parser.usesExact(), parser.expensiveTerms());
  }

  /**
   * Refuses an exact query on a searcher whose build has no exact fields (built before they existed, or
   * without them): it would silently find nothing, which reads as "the archive has no such text". Also
   * refuses multi-term clauses that expand to too many words on this reader.
   */
  ParsedQuery requireSupportedBy(ArchiveSearcher searcher) throws java.io.IOException {
    expensive.checkExpansions(searcher.getIndexReader());
    if (exact && !searcher.hasExactFields()) {
      throw new InvalidRequestException(
          InvalidRequestException.INVALID_QUERY, MatchMode.NO_EXACT_FIELDS);
    }
    return this;
  }
}
