package org.morgue.server.search.lucene;

import static org.morgue.server.search.InvalidRequestException.INVALID_QUERY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.RegExp;
import org.morgue.server.search.InvalidRequestException;

/**
 * The cost bounds on a query's wildcard, prefix, fuzzy and /regular-expression/ terms, checked before
 * any matching starts (the query time limit only watches matching, and these costs come before it).
 * Two costs: the automaton a regular expression builds ({@link #regexTooBig}, at parse time, from
 * Lucene's own parse tree, so nothing is built), and the words of the index all the query's multi-term
 * clauses expand to together ({@link #checkExpansions}, counted on the served reader, stopping at the limit).
 * Collects the clauses while the parser makes them; one instance per query.
 */
final class ExpensiveTerms {

  /**
   * Most automaton positions a regular expression may need. Lucene builds {@code a{1,n}} as n copies
   * before determinizing, and that construction grew to 53 s for {@code a{1,99999}}; at this bound the
   * worst shapes measured ({@code (a{1,10}){1,25}}, {@code a{1,255}}) take 30–130 ms. Indexed words are
   * at most 255 characters long (the tokenizer's limit), so useful expressions stay far below it.
   */
  static final long MAX_REGEX_STATES = 256;
  /**
   * Most index words all multi-term clauses of one query may expand to. Each expanded word is read from
   * the postings when the query runs; {@code a*} alone is about 20,000 words on a 100,000-story archive,
   * while a specific prefix such as {@code econom*} is tens.
   */
  static final int MAX_EXPANSIONS = 10_000;
  /** Deeper nesting than this is refused outright rather than walked (it is never a useful search). */
  private static final int MAX_DEPTH = 100;

  /** A multi-term clause as the user wrote it, and where. */
  record Clause(Query query, String term, int position) {}

  private final List<Clause> clauses = new ArrayList<>();

  void add(Query query, String term, int position) {
    clauses.add(new Clause(query, term, position));
  }

  /** Why the regular expression is too expensive to build, or empty when it is not. */
  static Optional<String> regexTooBig(String regex) {
    long states;
    try {
      states = states(new RegExp(regex, RegExp.ALL), 0);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a syntax error: Lucene's parser reports it with its own message
    }
    if (states <= MAX_REGEX_STATES) {
      return Optional.empty();
    }
    return Optional.of(String.format(
        Locale.ROOT,
        "the regular expression /%s/ is too expensive: it needs %s automaton"
            + " states, at most %d are allowed (words are at most 255 characters; use smaller repeat counts)",
        regex,
        states == Long.MAX_VALUE ? "too many" : "about " + states,
        MAX_REGEX_STATES));
  }

  /** An upper bound of the positions Lucene's automaton for the expression has before determinizing. */
  private static long states(RegExp r, int depth) {
    if (depth > MAX_DEPTH) {
      return Long.MAX_VALUE;
    }
    return switch (r.kind) {
      case REGEXP_UNION, REGEXP_CONCATENATION ->
        add(states(r.exp1, depth + 1), states(r.exp2, depth + 1));
      case REGEXP_INTERSECTION -> times(states(r.exp1, depth + 1), states(r.exp2, depth + 1));
      case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT ->
        states(r.exp1, depth + 1);
      case REGEXP_REPEAT_MIN -> times(states(r.exp1, depth + 1), r.min + 1L);
      case REGEXP_REPEAT_MINMAX -> times(states(r.exp1, depth + 1), Math.max(1L, r.max));
      case REGEXP_STRING -> Math.max(1, r.s.codePointCount(0, r.s.length()));
      case REGEXP_INTERVAL -> times(Math.max(1, r.digits), 10);
      default -> 1;
    };
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long times(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
  }

  /**
   * Counts the words the collected clauses expand to on this reader, and refuses the query at the
   * clause where the total passes {@link #MAX_EXPANSIONS}. Counting stops there, so it costs at most
   * that many dictionary steps.
   */
  void checkExpansions(IndexReader reader) throws IOException {
    long total = 0;
    for (Clause clause : clauses) {
      Query query = clause.query();
      while (query instanceof BoostQuery boosted) { // the parser boosts title matches
        query = boosted.getQuery();
      }
      if (!(query instanceof MultiTermQuery mtq)) {
        continue;
      }
      Terms terms = MultiTerms.getTerms(reader, mtq.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum words = mtq.getTermsEnum(terms);
      while (words.next() != null) {
        if (++total > MAX_EXPANSIONS) {
          throw new InvalidRequestException(
              INVALID_QUERY,
              String.format(
                  Locale.ROOT,
                  "'%s' matches too many words: the wildcard, fuzzy and regular-expression terms of a query may"
                      + " match at most %,d words of the archive together; make it more specific",
                  clause.term(),
                  MAX_EXPANSIONS),
              OptionalInt.of(clause.position()));
        }
      }
    }
  }
}
