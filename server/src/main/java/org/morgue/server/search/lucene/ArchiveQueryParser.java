package org.morgue.server.search.lucene;

import static org.morgue.server.search.InvalidRequestException.INVALID_QUERY;

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
import org.morgue.indexer.index.Schema;
import org.morgue.server.search.InvalidRequestException;

/**
 * Lucene's classic syntax over the schema's fields: AND/OR/NOT, quotes, {@code ~}, {@code *} and
 * {@code field:} scopes limited to {@link Schema#SEARCHABLE_FIELDS}. Unscoped terms search the title
 * (boosted 2×) and the body, all terms required. Leading wildcards are refused because they scan the
 * whole term dictionary. Every failure becomes an {@link InvalidRequestException} with the 0-based
 * position in the query text. Not thread-safe: make one per query.
 *
 * <p>Public because it is the one judge of query syntax for every backend: another backend (an OpenSearch
 * cluster) runs it first, so the same bad query gets the same message and position whichever answers.
 */
public final class ArchiveQueryParser extends MultiFieldQueryParser {

  private static final Map<String, Float> BOOSTS = Map.of(Schema.TITLE, 2f, Schema.BODY, 1f);
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");
  /** The field name Lucene uses for {@code *:*}. */
  private static final String ANY_FIELD = "*";

  private String text = "";

  /** @param analyzer the schema's analyzer, the one chain for indexing, querying and highlighting */
  public ArchiveQueryParser(Analyzer analyzer) {
    super(Schema.DEFAULT_SEARCH_FIELDS.toArray(String[]::new), analyzer, BOOSTS);
    setDefaultOperator(AND_OPERATOR);
    setAllowLeadingWildcard(false);
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
    try {
      return parse(q);
    } catch (ParseException e) {
      throw translate(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException(INVALID_QUERY, "the query has too many terms", OptionalInt.empty());
    } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      // A /regex/ or wildcard whose automaton would need more states than Lucene's work limit.
      throw new InvalidRequestException(INVALID_QUERY,
          "a regular expression or wildcard in the query is too complex to run", OptionalInt.empty());
    } catch (IllegalArgumentException e) {
      // e.g. an invalid /regular expression/: its text is the user's, so is the error
      throw new InvalidRequestException(INVALID_QUERY, "cannot parse the query: " + e.getMessage(), OptionalInt.empty());
    }
  }

  private InvalidRequestException translate(ParseException wrapped) {
    Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
    if (cause instanceof ScopeException e) {
      return new InvalidRequestException(INVALID_QUERY, e.getMessage(), OptionalInt.of(e.position));
    }
    if (cause instanceof ParseException e && e.currentToken != null && e.currentToken.next != null) {
      Token next = e.currentToken.next;
      String message = next.kind == QueryParserConstants.EOF
          ? "the query ends unexpectedly"
          : "unexpected '" + next.image + "'";
      return new InvalidRequestException(INVALID_QUERY, message, OptionalInt.of(clamp(next.beginColumn)));
    }
    if (cause instanceof TokenMgrError e) {
      int quote = unbalancedQuote(text);
      if (quote >= 0) {
        return new InvalidRequestException(INVALID_QUERY, "unbalanced quote: a \" is not closed", OptionalInt.of(quote));
      }
      Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(e.getMessage()));
      OptionalInt at = m.find() ? OptionalInt.of(clamp(Integer.parseInt(m.group(1)) - 1)) : OptionalInt.empty();
      return new InvalidRequestException(INVALID_QUERY, "cannot read the query: a character is out of place", at);
    }
    return new InvalidRequestException(INVALID_QUERY, "cannot parse the query: " + cause.getMessage(), OptionalInt.empty());
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
    if (field == null || Schema.SEARCHABLE_FIELDS.contains(field)) {
      return;
    }
    int termAt = token == null ? 0 : token.beginColumn;
    int at = text.lastIndexOf(field, termAt);
    throw new ScopeException("unknown field '" + field + "'; searchable fields are "
        + String.join(", ", Schema.SEARCHABLE_FIELDS), at >= 0 ? at : clamp(termAt));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    checkScope(field);
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    checkScope(field);
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    checkScope(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkScope(field);
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    checkScope(field);
    return super.getRegexpQuery(field, termStr);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    checkScope(field);
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (ANY_FIELD.equals(field) && ANY_FIELD.equals(termStr)) {
      return new MatchAllDocsQuery();
    }
    checkScope(field);
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      int at = token == null ? 0 : clamp(token.beginColumn);
      String message = termStr.equals("*")
          ? "'*' alone is not a query; leave q empty to list every story"
          : "a term cannot start with * or ? ('" + termStr + "'): it would scan every word in the archive";
      throw new ScopeException(message, at);
    }
    return super.getWildcardQuery(field, termStr);
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
