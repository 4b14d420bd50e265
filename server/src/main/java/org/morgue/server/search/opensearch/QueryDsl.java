package org.morgue.server.search.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.server.search.InvalidRequestException;

/**
 * Translates the query {@code ArchiveQueryParser} parsed into OpenSearch's query DSL, clause by clause.
 * Why not send the text to {@code query_string}: the parser is the one validator of query syntax (same
 * messages and positions on both backends), and its output is already analyzed by Morgue's chain, so
 * the cluster runs exactly the terms, phrases, boosts and Boolean structure the embedded index runs
 * (the title^2 + body sum that {@code query_string}'s {@code most_fields} would approximate).
 */
final class QueryDsl {

  /** Query kinds whose field object takes a {@code boost}. */
  private static final java.util.Set<String> LEAVES =
      java.util.Set.of("term", "match_phrase", "prefix", "wildcard", "fuzzy", "regexp", "range");

  private QueryDsl() {}

  static ObjectNode of(Query query) {
    ObjectNode node = OpenSearchClient.mapper().createObjectNode();
    switch (query) {
      case MatchAllDocsQuery all -> node.putObject("match_all");
      case MatchNoDocsQuery none -> node.putObject("match_none");
      case TermQuery term ->
        node.putObject("term")
            .putObject(field(term.getTerm().field()))
            .put("value", term.getTerm().text());
      case BoostQuery boost -> {
        ObjectNode inner = of(boost.getQuery());
        String kind = inner.fieldNames().next();
        if (LEAVES.contains(kind)) {
          // Leaf queries carry their own boost: {"term": {"title": {"value": "x", "boost": 2}}}.
          ObjectNode leaf = (ObjectNode) inner.get(kind);
          ((ObjectNode) leaf.get(leaf.fieldNames().next())).put("boost", boost.getBoost());
          return inner;
        }
        ObjectNode bool = node.putObject("bool");
        bool.putArray("must").add(inner);
        bool.put("boost", boost.getBoost());
      }
      case ConstantScoreQuery constant -> {
        ObjectNode inner = node.putObject("constant_score");
        inner.set("filter", of(constant.getQuery()));
      }
      case BooleanQuery bool -> bool(bool, node);
      case PhraseQuery phrase -> phrase(phrase, node);
      case PrefixQuery prefix ->
        node.putObject("prefix")
            .putObject(field(prefix.getPrefix().field()))
            .put("value", prefix.getPrefix().text());
      case WildcardQuery wildcard ->
        node.putObject("wildcard")
            .putObject(field(wildcard.getTerm().field()))
            .put("value", wildcard.getTerm().text());
      case RegexpQuery regexp ->
        node.putObject("regexp")
            .putObject(field(regexp.getRegexp().field()))
            .put("value", regexp.getRegexp().text());
      case FuzzyQuery fuzzy ->
        node.putObject("fuzzy")
            .putObject(field(fuzzy.getTerm().field()))
            .put("value", fuzzy.getTerm().text())
            .put("fuzziness", fuzzy.getMaxEdits())
            .put("prefix_length", fuzzy.getPrefixLength())
            .put("transpositions", fuzzy.getTranspositions());
      case TermRangeQuery range -> {
        ObjectNode field = node.putObject("range").putObject(field(range.getField()));
        if (range.getLowerTerm() != null) {
          field.put(range.includesLower() ? "gte" : "gt", range.getLowerTerm().utf8ToString());
        }
        if (range.getUpperTerm() != null) {
          field.put(range.includesUpper() ? "lte" : "lt", range.getUpperTerm().utf8ToString());
        }
      }
      default ->
        throw new InvalidRequestException(
            InvalidRequestException.INVALID_QUERY,
            "this part of the query cannot run on the OpenSearch backend: " + query);
    }
    return node;
  }

  /** The cluster's name of a field the parser queried: the exact twins are sub-fields there. */
  private static String field(String name) {
    return org.morgue.indexer.opensearch.StoryMapping.clusterField(name);
  }

  private static void bool(BooleanQuery query, ObjectNode node) {
    List<BooleanClause> clauses = query.clauses();
    boolean positive = clauses.stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT);
    if (!positive) {
      // Lucene matches nothing with prohibited clauses alone; OpenSearch would match everything
      // else.
      node.putObject("match_none");
      return;
    }
    ObjectNode bool = node.putObject("bool");
    for (BooleanClause clause : clauses) {
      String occur = switch (clause.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
      list.add(of(clause.query()));
    }
    if (query.getMinimumNumberShouldMatch() > 0) {
      bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
    } else if (bool.has("should") && (bool.has("must") || bool.has("filter"))) {
      // Lucene's optional SHOULD beside a MUST: say so, OpenSearch's default depends on the
      // context.
      bool.put("minimum_should_match", 0);
    }
  }

  /**
   * The phrase's terms are analyzed already: a whitespace analyzer hands them to OpenSearch unchanged,
   * at consecutive positions as Morgue's chain put them (it removes no tokens, so positions have no gaps).
   */
  private static void phrase(PhraseQuery phrase, ObjectNode node) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] != positions[i - 1] + 1) {
        throw new InvalidRequestException(
            InvalidRequestException.INVALID_QUERY,
            "a phrase with gaps cannot run on the OpenSearch backend: " + phrase);
      }
    }
    StringBuilder text = new StringBuilder();
    for (Term term : terms) {
      text.append(text.isEmpty() ? "" : " ").append(term.text());
    }
    node.putObject("match_phrase")
        .putObject(field(phrase.getField()))
        .put("query", text.toString())
        .put("analyzer", "whitespace")
        .put("slop", phrase.getSlop());
  }
}
