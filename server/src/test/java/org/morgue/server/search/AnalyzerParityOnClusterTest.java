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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.morgue.indexer.index.ExactAnalyzer;
import org.morgue.indexer.index.MorgueAnalyzer;
import org.morgue.indexer.opensearch.OpenSearchClient;
import org.morgue.indexer.opensearch.StoryMapping;
import org.morgue.server.testing.TestCluster;

/**
 * The cluster's {@code morgue} analyzer gives exactly MorgueAnalyzer's tokens (text and offsets), and its
 * {@code morgue_exact} analyzer exactly ExactAnalyzer's, on every text file of testdata/seeds and
 * testdata/wikinews and on the spellings the in-word punctuation step exists for, read through the
 * {@code _analyze} API of an index created with the production settings.
 */
class AnalyzerParityOnClusterTest {

  @Test
  void clusterAnalyzerMatchesMorgueAnalyzerOnTestdata() throws Exception {
    OpenSearchClient client = TestCluster.client();
    String index = TestCluster.alias(getClass()) + "-analyze";
    client.put("/" + index, StoryMapping.createBody());
    try (MorgueAnalyzer analyzer = new MorgueAnalyzer();
        ExactAnalyzer exact = new ExactAnalyzer();
        Stream<Path> files = Stream.concat(
            Files.walk(Path.of("..", "testdata", "seeds")),
            Files.walk(Path.of("..", "testdata", "wikinews")))) {
      int compared = 0;
      List<String> texts = new ArrayList<>();
      texts.add(
          "U.S. and U.K. envoys; the u.s.a. team, St.Louis, 3.5 points, J.Smith, a.b.c and A.B.C."
              + " Kata\u2019ib Hezbollah, Kata'ib's base, Kataib\u2019s chief, O\u02BCNeill, \u201cquoted\u201d, Pérez\u2032");
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      for (String text : texts) {
        String where = text.substring(0, Math.min(60, text.length()));
        assertEquals(
            tokens(analyzer, text),
            clusterTokens(client, index, StoryMapping.ANALYZER, text),
            where);
        assertEquals(
            tokens(exact, text),
            clusterTokens(client, index, StoryMapping.EXACT_ANALYZER, text),
            where);
        compared++;
      }
      assertEquals(true, compared > 5, "texts compared: " + compared);
    } finally {
      client.delete("/" + index);
    }
  }

  private static List<String> clusterTokens(
      OpenSearchClient client, String index, String analyzer, String text) {
    ObjectNode body = OpenSearchClient.mapper().createObjectNode();
    body.put("analyzer", analyzer);
    body.put("text", text);
    List<String> cluster = new ArrayList<>();
    for (JsonNode token : client.post("/" + index + "/_analyze", body).path("tokens")) {
      cluster.add(token.path("token").asText() + "@"
          + token.path("start_offset").asInt() + "-" + token.path("end_offset").asInt());
    }
    return cluster;
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
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
