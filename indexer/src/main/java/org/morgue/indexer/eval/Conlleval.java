package org.morgue.indexer.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CoNLL shared task's scorer, {@code conlleval} (Erik Tjong Kim Sang's Perl script), ported
 * rule for rule so our numbers compare with published ones: a chunk counts as correct only when the
 * gold and the guessed chunk start on the same token, end on the same token and have the same type.
 * Chunk starts and ends follow the script's {@code startOfChunk}/{@code endOfChunk} tables, so IOB1
 * (the CoNLL-2003 files), IOB2 and IOE tags are all read as the script reads them, including its
 * rule that an {@code I-} tag after a different type opens a new chunk.
 *
 * <p>Feed tokens in order with {@link #token} and call {@link #boundary} between sentences (the
 * script's empty line and {@code -DOCSTART-}). Not thread-safe: one instance per scoring run.
 */
public final class Conlleval {

  private final Map<String, int[]> byType = new HashMap<>(); // type -> {gold, guessed, correct}
  private String prevGold = "O";
  private String prevGoldType = "";
  private String prevGuess = "O";
  private String prevGuessType = "";
  private boolean inCorrect;
  private int tokens;
  private int correctTags;

  /**
   * Scores one token.
   *
   * @param goldTag the gold tag ({@code O}, {@code B-PER}, {@code I-LOC}…)
   * @param guessTag the system's tag, same scheme
   */
  public void token(String goldTag, String guessTag) {
    step(goldTag, guessTag);
    tokens++;
    if (goldTag.equals(guessTag)) {
      correctTags++;
    }
  }

  /** A sentence or document boundary: the script scores it as a token tagged O on both sides. */
  public void boundary() {
    step("O", "O");
  }

  private void step(String goldTag, String guessTag) {
    String gold = prefix(goldTag);
    String goldType = type(goldTag);
    String guess = prefix(guessTag);
    String guessType = type(guessTag);
    if (inCorrect) {
      boolean goldEnds = endOfChunk(prevGold, gold, prevGoldType, goldType);
      boolean guessEnds = endOfChunk(prevGuess, guess, prevGuessType, guessType);
      if (goldEnds && guessEnds && prevGuessType.equals(prevGoldType)) {
        inCorrect = false;
        counts(prevGoldType)[2]++;
      } else if (goldEnds != guessEnds || !guessType.equals(goldType)) {
        inCorrect = false;
      }
    }
    boolean goldStarts = startOfChunk(prevGold, gold, prevGoldType, goldType);
    boolean guessStarts = startOfChunk(prevGuess, guess, prevGuessType, guessType);
    if (goldStarts && guessStarts && guessType.equals(goldType)) {
      inCorrect = true;
    }
    if (goldStarts) {
      counts(goldType)[0]++;
    }
    if (guessStarts) {
      counts(guessType)[1]++;
    }
    prevGold = gold;
    prevGoldType = goldType;
    prevGuess = guess;
    prevGuessType = guessType;
  }

  /** Counts per chunk type, sorted by type; closes a chunk still open at the end of the input. */
  public Map<String, ChunkCounts> byType() {
    Map<String, ChunkCounts> out = new TreeMap<>();
    byType.forEach((type, c) -> {
      int correct = c[2] + (inCorrect && type.equals(prevGoldType) ? 1 : 0);
      out.put(type, new ChunkCounts(c[0], c[1], correct));
    });
    return out;
  }

  /** Counts over every type (the script's "accuracy" line figures). */
  public ChunkCounts overall() {
    return byType().values().stream().reduce(ChunkCounts.ZERO, ChunkCounts::plus);
  }

  /** Share of tokens (boundaries excluded) whose guessed tag equals the gold tag. */
  public double tokenAccuracy() {
    return tokens == 0 ? 0 : (double) correctTags / tokens;
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[3]);
  }

  private static String prefix(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  private static String type(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? "" : tag.substring(dash + 1);
  }

  // The two tables below are the script's endOfChunk and startOfChunk, pair for pair (its "[" and
  // "]" one-token chunks included); anything not listed falls to the type-change rule.
  static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean end = switch (prevTag + tag) {
      case "BB", "BO", "IB", "IO", "EE", "EI", "EO" -> true;
      default -> prevTag.equals("[") || prevTag.equals("]");
    };
    return end || (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type));
  }

  static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean start = switch (prevTag + tag) {
      case "BB", "IB", "OB", "OI", "EE", "EI", "OE" -> true;
      default -> tag.equals("[") || tag.equals("]");
    };
    return start || (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type));
  }
}
