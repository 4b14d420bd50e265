package org.morgue.server.search.investigate;

import java.util.List;
import java.util.Objects;

/**
 * The co-occurrence network of a result set.
 *
 * @param stories matching stories
 * @param nodes the names in most matching stories, most first (ties by type, then label)
 * @param edges pairs of nodes sharing a matching story, most shared first (ties by source, then target)
 */
public record Network(long stories, List<Node> nodes, List<Edge> edges) {

  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** @param count matching stories naming it */
  public record Node(String type, String value, String label, long count) {
    public Node {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * @param source index into {@code nodes}, the lower of the two
   * @param target index into {@code nodes}
   * @param count matching stories naming both
   * @param lift {@code count · stories / (count_source · count_target)} within the result set, to three decimals
   */
  public record Edge(int source, int target, long count, double lift) {}
}
