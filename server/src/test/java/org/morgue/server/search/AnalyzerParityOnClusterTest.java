package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.index.MorgueAnalyzer;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.opensearch.StoryMapping;
import org.morgue.server.testing.TestCluster;

/**
 * The cluster's {@code morgue} analyzer gives exactly MorgueAnalyzer's tokens (text and offsets) on every
 * text file of testdata/seeds and testdata/wikinews, read through the {@code _analyze} API of an index
 * created with the production settings.
 */
class AnalyzerParityOnClusterTest {

  @Test
  void clusterAnalyzerMatchesMorgueAnalyzerOnTestdata() throws Exception {
    OpenSearchClient client = TestCluster.client();
    String index = TestCluster.alias(getClass()) + "-analyze";
    client.put("/" + index, StoryMapping.createBody());
    try (MorgueAnalyzer analyzer = new MorgueAnalyzer();
        Stream<Path> files = Stream.concat(Files.walk(Path.of("..", "testdata", "seeds")),
            Files.walk(Path.of("..", "testdata", "wikinews")))) {
      int compared = 0;
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ObjectNode body = OpenSearchClient.mapper().createObjectNode();
        body.put("analyzer", StoryMapping.ANALYZER);
        body.put("text", text);
        List<String> cluster = new ArrayList<>();
        for (JsonNode token : client.post("/" + index + "/_analyze", body).path("tokens")) {
          cluster.add(token.path("token").asText() + "@" + token.path("start_offset").asInt() + "-"
              + token.path("end_offset").asInt());
        }
        assertEquals(tokens(analyzer, text), cluster, file.toString());
        compared++;
      }
      assertEquals(true, compared > 5, "files compared: " + compared);
    } finally {
      client.delete("/" + index);
    }
  }

  private static List<String> tokens(MorgueAnalyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return out;
  }
}
