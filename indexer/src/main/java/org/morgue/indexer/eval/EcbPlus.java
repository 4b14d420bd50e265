package org.morgue.indexer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.morgue.indexer.story.Story;

/**
 * ECB+ as the copies, events and reworded evaluations read it: one story per document, untitled and
 * undated (ECB+ gives neither), with its gold event (the {@code cluster} field) and its topic, in file
 * order. Topics pair two events of one kind (two earthquakes, two rehab check-ins): a story joined with
 * one of another topic is always wrong.
 *
 * @param stories the documents, the file's {@code doc_name} as id and {@code text} as body
 * @param events each story's gold event, by position
 * @param topics each story's topic, by position
 */
record EcbPlus(List<Story> stories, List<String> events, List<String> topics) {

  /** Where ECB+ lies under the shared corpora. */
  static final String FILE = "ecbplus/ecbplus_docs.jsonl";

  EcbPlus {
    stories = List.copyOf(stories);
    events = List.copyOf(events);
    topics = List.copyOf(topics);
  }

  static EcbPlus read(Path file) {
    List<Story> stories = new ArrayList<>();
    List<String> events = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode doc = json.readTree(line);
        String id = doc.get("doc_name").asText();
        events.add(doc.get("cluster").asText());
        topics.add(doc.get("topic").asText());
        stories.add(new Story(
            id,
            "",
            doc.get("text").asText(),
            Optional.empty(),
            "",
            "",
            "",
            List.of(),
            Map.of(),
            file + "#" + id,
            "jsonl"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EcbPlus(stories, events, topics);
  }

  int size() {
    return stories.size();
  }
}
