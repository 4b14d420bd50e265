package org.morgue.server.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes JSON Lines story files for tests that run the indexer as a real process. */
public final class StoryFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One input story; the keys written are the JSONL reader's input names, not index field names. */
  public record Line(String id, String title, String body, String source, List<String> tags) {
    public Line {
      tags = List.copyOf(tags);
    }
  }

  private StoryFiles() {}

  public static Path write(Path file, List<Line> stories) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Line story : stories) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", story.id())
            .put("title", story.title())
            .put("body", story.body())
            .put("source", story.source());
        node.putArray("tags")
            .addAll(story.tags().stream().map(JSON.getNodeFactory()::textNode).toList());
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
      }
    }
    return file;
  }
}
