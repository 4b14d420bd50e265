package org.morgue.server.search.lucene;

import static org.morgue.server.search.InvalidRequestException.INVALID_QUERY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.InvalidRequestException;
import org.morgue.server.search.MatchMode;
import org.morgue.server.search.SearchResponse;

/**
 * Lucene's classic syntax over the schema's fields: AND/OR/NOT, quotes, {@code ~}, {@code *} and
 * {@code field:} scopes limited to {@link Schema#SEARCHABLE_FIELDS}. Unscoped terms search the title
 * (boosted 2×) and the body, all terms required. Leading wildcards are refused because they scan the
 * whole term dictionary. Every failure becomes an {@link InvalidRequestException} with the 0-based
 * position in the query text. Not thread-safe: make one per query.
 *
 * <p>Match modes: the parser's {@link MatchMode} decides whether unscoped, {@code title:} and {@code body:}
 * clauses search the folded fields or their {@link Schema#EXACT_FIELDS exact twins}; {@code exact:…} and
 * {@code folded:…} (words, phrases, groups, patterns) search the title and body in that mode whatever the
 * query's mode. Each leaf clause is recorded with its scope and mode for the response's echo.
 *
 * <p>Public because it is the one judge of query syntax for every backend: another backend (an OpenSearch
 * cluster) runs it first, so the same bad query gets the same message and position whichever answers.
 */
public final class ArchiveQueryParser extends MultiFieldQueryParser {

  private static final Map<String, Float> BOOSTS =
      Map.of(Schema.TITLE, 2f, Schema.BODY, 1f, Schema.TITLE_EXACT, 2f, Schema.BODY_EXACT, 1f);
  private static final String[] FOLDED_FIELDS = Schema.DEFAULT_SEARCH_FIELDS.toArray(String[]::new);
  private static final String[] EXACT_FIELDS =
      Schema.DEFAULT_SEARCH_FIELDS.stream().map(Schema.EXACT_FIELDS::get).toArray(String[]::new);
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");
  /** The field name Lucene uses for {@code *:*}. */
  private static final String ANY_FIELD = "*";

  private String text = "";
  private final ExpensiveTerms expensive = new ExpensiveTerms();
  private final MatchMode mode;
  /** True while a clause already resolved to index fields is being built (Lucene calls back per field). */
  private boolean resolving;

  private final List<SearchResponse.Clause> clauses = new ArrayList<>();

  /** @param analyzer the schema's analyzer, the one chain for indexing, querying and highlighting */
  public ArchiveQueryParser(Analyzer analyzer) {
    this(analyzer, MatchMode.FOLDED);
  }

  /** @param mode the mode of unscoped and title/body clauses */
  public ArchiveQueryParser(Analyzer analyzer, MatchMode mode) {
    super(FOLDED_FIELDS, analyzer, BOOSTS);
    this.mode = mode;
    setDefaultOperator(AND_OPERATOR);
    setAllowLeadingWildcard(false);
  }

  /** The query's multi-term clauses, for the expansion check on the served reader. */
  ExpensiveTerms expensiveTerms() {
    return expensive;
  }

  /** The leaf clauses of the last parsed query, in query order, each with its scope and mode. */
  public List<SearchResponse.Clause> clauses() {
    return List.copyOf(clauses);
  }

  /** True when any clause of the last parsed query searched an exact field. */
  public boolean usesExact() {
    return clauses.stream().anyMatch(c -> c.mode().equals(MatchMode.EXACT.apiName()));
  }

  /**
   * Parses the query; blank text means every story.
   *
   * @throws InvalidRequestException ({@code invalid_query}) saying what is wrong and, when known, where
   */
  public Query parseQuery(String q) {
    if (q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    text = q;
    clauses.clear();
    try {
      return parse(q);
    } catch (ParseException e) {
      throw translate(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException(
          INVALID_QUERY, "the query has too many terms", OptionalInt.empty());
    } catch (TooComplexToDeterminizeException e) {
      // A /regex/ or wildcard whose automaton would need more states than Lucene's work limit.
      throw new InvalidRequestException(
          INVALID_QUERY,
          "a regular expression or wildcard in the query is too complex to run",
          OptionalInt.empty());
    } catch (IllegalArgumentException e) {
      // e.g. an invalid /regular expression/: its text is the user's, so is the error
      throw new InvalidRequestException(
          INVALID_QUERY, "cannot parse the query: " + e.getMessage(), OptionalInt.empty());
    }
  }

  private InvalidRequestException translate(ParseException wrapped) {
    Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
    if (cause instanceof ScopeException e) {
      return new InvalidRequestException(INVALID_QUERY, e.getMessage(), OptionalInt.of(e.position));
    }
    if (cause instanceof ParseException e
        && e.currentToken != null
        && e.currentToken.next != null) {
      Token next = e.currentToken.next;
      String message = next.kind == QueryParserConstants.EOF
          ? "the query ends unexpectedly"
          : "unexpected '" + next.image + "'";
      return new InvalidRequestException(
          INVALID_QUERY, message, OptionalInt.of(clamp(next.beginColumn)));
    }
    if (cause instanceof TokenMgrError e) {
      int quote = unbalancedQuote(text);
      if (quote >= 0) {
        return new InvalidRequestException(
            INVALID_QUERY, "unbalanced quote: a \" is not closed", OptionalInt.of(quote));
      }
      Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(e.getMessage()));
      OptionalInt at =
          m.find() ? OptionalInt.of(clamp(Integer.parseInt(m.group(1)) - 1)) : OptionalInt.empty();
      return new InvalidRequestException(
          INVALID_QUERY, "cannot read the query: a character is out of place", at);
    }
    return new InvalidRequestException(
        INVALID_QUERY, "cannot parse the query: " + cause.getMessage(), OptionalInt.empty());
  }

  private int clamp(int position) {
    return Math.max(0, Math.min(position, text.length()));
  }

  /** Index of the last quote that opens a phrase nobody closes, or -1. */
  static int unbalancedQuote(String q) {
    int open = -1;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  private void checkScope(String field) throws ParseException {
    if (field == null || Schema.SEARCHABLE_FIELDS.contains(field) || modeScope(field) != null) {
      return;
    }
    int termAt = token == null ? 0 : token.beginColumn;
    int at = text.lastIndexOf(field, termAt);
    throw new ScopeException(
        "unknown field '" + field + "'; searchable fields are "
            + String.join(", ", Schema.SEARCHABLE_FIELDS) + ", and " + MatchMode.EXACT.apiName()
            + ": or "
            + MatchMode.FOLDED.apiName() + ": for the title and body in that mode",
        at >= 0 ? at : clamp(termAt));
  }

  /** The mode an {@code exact:} or {@code folded:} scope names; null for any other field. */
  private static MatchMode modeScope(String field) {
    for (MatchMode m : MatchMode.values()) {
      if (m.apiName().equals(field)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Builds one leaf clause on the index fields its scope and mode resolve to, and records it. The
   * title/body pair is the multi-field parser's {@code fields}, swapped for the exact pair while an exact
   * clause is built, so Lucene's own per-field expansion and boosts apply in both modes.
   */
  private Query leaf(String field, String shown, ClauseBuilder build) throws ParseException {
    if (resolving) {
      return build.on(field);
    }
    checkScope(field);
    MatchMode scopeMode = modeScope(field);
    MatchMode clauseMode = clauseMode(field);
    String indexField = scopeMode != null || field == null
        ? null
        : clauseMode == MatchMode.EXACT ? Schema.EXACT_FIELDS.get(field) : field;
    String[] saved = fields;
    fields = clauseMode == MatchMode.EXACT ? EXACT_FIELDS : FOLDED_FIELDS;
    resolving = true;
    try {
      Query query = build.on(indexField);
      clauses.add(
          new SearchResponse.Clause(shown, scopeMode != null ? null : field, clauseMode.apiName()));
      return query;
    } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
      if (clauseMode != MatchMode.EXACT) {
        throw e; // the folded default keeps the messages parseQuery gives every query
      }
      // An invalid or too complex /regex/ or wildcard in an exact clause: say so, and where.
      String why = e instanceof TooComplexToDeterminizeException
          ? "is too complex to run"
          : "is invalid: " + e.getMessage();
      throw new ScopeException(
          "the " + clauseMode.apiName() + " clause " + shown + " " + why,
          token == null ? 0 : clamp(token.beginColumn));
    } finally {
      fields = saved;
      resolving = false;
    }
  }

  /** The mode a clause in this scope matches in: its own for exact:/folded:, the query's for the title and body. */
  private MatchMode clauseMode(String field) {
    MatchMode scopeMode = modeScope(field);
    if (scopeMode != null) {
      return scopeMode;
    }
    return field == null || Schema.EXACT_FIELDS.containsKey(field) ? mode : MatchMode.FOLDED;
  }

  /** One Lucene query-building call of the superclass, on a resolved field (null: the title/body pair). */
  @FunctionalInterface
  private interface ClauseBuilder {
    Query on(String field) throws ParseException;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return leaf(
        field,
        quoted ? '"' + queryText + '"' : queryText,
        f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return leaf(
        field,
        '"' + queryText + '"' + (slop > 0 ? "~" + slop : ""),
        f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return noted(
        leaf(
            field,
            termStr + "~" + (int) minSimilarity,
            f -> super.getFuzzyQuery(f, termStr, minSimilarity)),
        termStr + "~",
        termPosition(termStr));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return noted(
        leaf(field, termStr + "*", f -> super.getPrefixQuery(f, termStr)),
        termStr + "*",
        termPosition(termStr));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    int at = Math.max(0, termPosition(termStr) - 1); // the opening slash
    java.util.Optional<String> tooBig = ExpensiveTerms.regexTooBig(termStr);
    if (tooBig.isPresent()) {
      throw new ScopeException(tooBig.get(), at);
    }
    try {
      return noted(
          leaf(field, "/" + termStr + "/", f -> super.getRegexpQuery(f, termStr)),
          "/" + termStr + "/",
          at);
    } catch (TooComplexToDeterminizeException e) {
      throw new ScopeException(
          "the regular expression /" + termStr + "/ is too complex to run", at);
    }
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    String shown =
        (startInclusive ? "[" : "{") + part1 + " TO " + part2 + (endInclusive ? "]" : "}");
    return leaf(
        field, shown, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (ANY_FIELD.equals(field) && ANY_FIELD.equals(termStr)) {
      return new MatchAllDocsQuery();
    }
    if (!resolving && (termStr.startsWith("*") || termStr.startsWith("?"))) {
      checkScope(field);
      int at = token == null ? 0 : clamp(token.beginColumn);
      String message = termStr.equals("*")
          ? "'*' alone is not a query; leave q empty to list every story"
          : "a term cannot start with * or ? ('" + termStr + "'"
              + (clauseMode(field) == MatchMode.EXACT ? ", an exact clause" : "")
              + "): it would scan every word in the archive";
      throw new ScopeException(message, at);
    }
    return noted(
        leaf(field, termStr, f -> super.getWildcardQuery(f, termStr)),
        termStr,
        termPosition(termStr));
  }

  /** Records a multi-term clause (one per field searched) with the term as written and its position. */
  private Query noted(Query query, String written, int position) {
    expensive.add(query, written, position);
    return query;
  }

  /** Where the term being parsed starts in the query text. */
  private int termPosition(String termStr) {
    int end = token == null ? text.length() : Math.min(text.length(), token.endColumn);
    int at = text.lastIndexOf(termStr, end);
    return at >= 0 ? at : clamp(token == null ? 0 : token.beginColumn);
  }

  /** A parse error this class detected itself, with the position it computed. */
  private static final class ScopeException extends ParseException {
    final int position;

    ScopeException(String message, int position) {
      super(message);
      this.position = position;
    }
  }
}
