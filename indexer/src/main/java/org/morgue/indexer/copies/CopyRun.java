package org.morgue.indexer.copies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.morgue.indexer.story.Story;

/**
 * Copy grouping over stories read twice in the same order, on the calling thread, without an index:
 * what the evaluation runs on the big corpora (the tagger would take an hour there; grouping needs none
 * of it). Keeps a short digest of every story so a report can name and quote group members.
 */
public final class CopyRun {

  /**
   * What a report shows of one story: id, title, date (ISO, empty when undated), opening, body hash (for
   * byte-identical copies), whether the body is a placeholder ({@link CopyFacts#noBody}), words.
   */
  public record Brief(
      String id,
      String title,
      String date,
      String opening,
      String bodyHash,
      boolean noBody,
      String body) {}

  private final CopyDetector detector;
  private final boolean keepBodies;
  private final List<Brief> briefs = new ArrayList<>();

  /** @param keepBodies keep whole bodies in the briefs (small corpora only: for diffing in the report) */
  public CopyRun(CopyParams params, boolean keepBodies) {
    this.detector = new CopyDetector(params);
    this.keepBodies = keepBodies;
  }

  /**
   * Runs the two reads: {@code read} is called twice and must hand over the same stories in the same order.
   *
   * @return the groups; {@link #brief} describes the story at each position
   */
  public CopyGroups run(Consumer<Consumer<Story>> read) {
    long[] position = {0};
    read.accept(story -> {
      detector.add(position[0]++, story);
      String opening = story.body().strip().replaceAll("\\s+", " ");
      briefs.add(new Brief(
          story.id(),
          story.title(),
          story.published().map(d -> d.iso()).orElse(""),
          opening.substring(0, Math.min(200, opening.length())),
          story.body().isBlank() ? "" : sha1(story.body()),
          Words.of(story.body()).distinct() < CopyFacts.MIN_DISTINCT_WORDS,
          keepBodies ? story.body() : ""));
    });
    detector.candidates();
    long[] again = {0};
    read.accept(story -> detector.verify(again[0]++, story));
    return detector.groups();
  }

  public Brief brief(int position) {
    return briefs.get(position);
  }

  public int stories() {
    return briefs.size();
  }

  private static String sha1(String body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
