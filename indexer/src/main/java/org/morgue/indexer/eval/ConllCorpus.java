package org.morgue.indexer.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CoNLL-2003 file ({@code token POS chunk NER} columns, one token a line, blank lines between
 * sentences, {@code -DOCSTART-} lines between documents) as documents of sentences of tokens.
 */
public final class ConllCorpus {

  /** One token and its gold NER tag (the last column). */
  public record Token(String word, String tag) {
    public Token {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(tag, "tag");
    }
  }

  /** A document: its sentences, each a list of tokens. */
  public record Document(List<List<Token>> sentences) {
    public Document {
      sentences = sentences.stream().map(List::copyOf).toList();
    }
  }

  private ConllCorpus() {}

  /**
   * Reads a whole file; the reader is closed here.
   *
   * @param origin the file name, for messages
   * @throws IllegalArgumentException naming {@code origin:line} for a line without at least a token
   *     and a tag
   */
  public static List<Document> read(Reader text, String origin) throws IOException {
    List<Document> documents = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(text)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
          if (line.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
            documents.add(new Document(sentences));
            sentences = new ArrayList<>();
          }
          continue;
        }
        String[] cols = line.strip().split("\\s+");
        if (cols.length < 2) {
          throw new IllegalArgumentException(
              origin + ":" + number + ": expected 'token … tag', got '" + line + "'");
        }
        sentence.add(new Token(cols[0], cols[cols.length - 1]));
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    if (!sentences.isEmpty()) {
      documents.add(new Document(sentences));
    }
    return documents;
  }
}
