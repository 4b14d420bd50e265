package org.morgue.indexer.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the exact title and body: Unicode word breaks and nothing else, so case, accents,
 * possessives and word forms stay as written ("Embassies" does not match "embassy", "US" does not match
 * "us", "Pérez" does not match "Perez"). The one liberty taken is reading typographic apostrophes and
 * quotes as their ASCII forms: stories are typeset with {@code ’} while journalists type {@code '}, and
 * the two spellings of "Kata’ib" are the same spelling. Each mapping is one character to one character,
 * so offsets stay those of the stored text.
 */
public final class ExactAnalyzer extends Analyzer {

  private static final NormalizeCharMap TYPOGRAPHIC = typographic();

  private static NormalizeCharMap typographic() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    // apostrophes and single quotes: right/left single quote, modifier apostrophe, prime, fullwidth
    for (String apostrophe :
        new String[] {"\u2019", "\u2018", "\u02BC", "\u2032", "\u201B", "\uFF07"}) {
      map.add(apostrophe, "'");
    }
    // double quotes: left/right/low double quotes, double prime, fullwidth
    for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u2033", "\u201F", "\uFF02"}) {
      map.add(quote, "\"");
    }
    return map.build();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, source);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(TYPOGRAPHIC, reader);
  }

  /** Wildcard, prefix and fuzzy terms get the same apostrophe mapping, and keep their case. */
  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(TYPOGRAPHIC, reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return in;
  }
}
