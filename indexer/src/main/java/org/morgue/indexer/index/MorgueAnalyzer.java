package org.morgue.indexer.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain for indexing, querying and highlighting: Unicode word breaks, possessive
 * {@code 's} removed, lower case, accents folded ("Pérez" and "Perez" match), apostrophes inside words
 * and the dots of initialisms dropped ("Kata’ib" and "Kataib", "U.S." and "US" match), and the light
 * KStem stemmer, which conflates plurals and simple inflections
 * ("embassies" → "embassy") without Porter's aggressive over-stemming of names. No stop words, so
 * quoted phrases such as "the people" stay exact.
 */
public final class MorgueAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new InWordPunctuationFilter(stream);
    stream = new KStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  /** Wildcard, prefix and fuzzy terms are not analyzed, only lower-cased and folded like this. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new InWordPunctuationFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
  }
}
