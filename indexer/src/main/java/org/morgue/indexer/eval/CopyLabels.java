package org.morgue.indexer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.morgue.indexer.copies.CopyGroups;

/**
 * A hand-labelled sample of grouped pairs: story ids and the reader's verdict only, never the text
 * (the corpora may not be copied into the project). One pair a line, tab-separated:
 * {@code id-a  id-b  same|different  reason}, {@code #} starts a comment.
 *
 * <p>The sample is drawn with a fixed seed: a group at random (so one huge group cannot fill the
 * sample), then one of its non-lead members at random, paired with the lead.
 */
record CopyLabels(List<Pair> pairs) {

  /** One labelled pair; {@code same} is the verdict "versions of one story". */
  record Pair(String a, String b, boolean same, String reason) {}

  CopyLabels {
    pairs = List.copyOf(pairs);
  }

  static CopyLabels read(Path file) {
    List<Pair> pairs = new ArrayList<>();
    try {
      int line = 0;
      for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] cols = text.split("\t");
        if (cols.length < 3 || !(cols[2].equals("same") || cols[2].equals("different"))) {
          throw new IllegalArgumentException(
              file + ":" + line + ": expected 'id-a<TAB>id-b<TAB>same|different'");
        }
        pairs.add(
            new Pair(cols[0], cols[1], cols[2].equals("same"), cols.length > 3 ? cols[3] : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CopyLabels(pairs);
  }

  /** The seeded sample of (lead, member) read positions from the groups. */
  static List<int[]> sample(List<CopyGroups.Group> groups, int size, long seed) {
    Random random = new Random(seed);
    List<CopyGroups.Group> order = new ArrayList<>(groups);
    Collections.shuffle(order, random);
    List<int[]> out = new ArrayList<>();
    for (CopyGroups.Group g : order.subList(0, Math.min(size, order.size()))) {
      List<Integer> p = g.positions();
      out.add(new int[] {p.get(0), p.get(1 + random.nextInt(p.size() - 1))});
    }
    return out;
  }
}
