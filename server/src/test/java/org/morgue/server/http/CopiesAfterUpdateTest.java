package org.morgue.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.morgue.server.http.CopiesApiTest.WIRE;
import static org.morgue.server.http.CopiesApiTest.field;
import static org.morgue.server.http.CopiesApiTest.story;
import static org.morgue.server.testing.ServedIndexTest.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.index.IndexBuilder;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.indexer.index.IndexProgress;
import org.morgue.indexer.index.IndexUpdater;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StorySource;
import org.morgue.indexer.story.Story;
import org.morgue.server.ServerConfig;
import org.morgue.server.search.lucene.LuceneSearchService;
import org.morgue.server.testing.TestArchive;

/** Search collapses copies right after {@code index --update}: added copies, a deleted lead. */
class CopiesAfterUpdateTest {

  @TempDir
  Path dir;

  private int updates;

  /** CopiesApiTest's archive: c1 leads c3 (identical) and c2 (c1 plus a sentence); u1 stands alone. */
  @BeforeEach
  void build() throws IOException {
    TestArchive.build(dir, CopiesApiTest.stories());
  }

  private void update(List<String> deletes, Story... stories) throws IOException {
    Clock later = Clock.offset(
        Clock.fixed(TestArchive.BUILT_AT, ZoneOffset.UTC), Duration.ofMinutes(++updates));
    new IndexUpdater(new Schema(), TestArchive.EXTRACTOR, new IndexBuilder.Options(1, 2, 16), later)
        .update(
            new IndexLayout(dir), StorySource.of(List.of(stories)), deletes, new IndexProgress());
  }

  private JsonNode get(String path) throws IOException {
    JsonNode[] body = new JsonNode[1];
    try (LuceneSearchService service =
        LuceneSearchService.open(new IndexLayout(dir), Duration.ofMinutes(10))) {
      JavalinTest.test(
          MorgueApp.create(service, ServerConfig.defaults(dir)),
          (server, client) -> body[0] = JSON.readTree(client.get(path).body().string()));
    }
    return body[0];
  }

  @Test
  void anAddedCopyIsCollapsedIntoItsGroup() throws Exception {
    update(List.of(), story("c4", WIRE, 5, "BBC"));

    JsonNode body = get("/api/search?q=floodwaters%20OR%20flood&sort=newest");
    assertEquals(List.of("c4", "u1"), field(body.get("hits"), "id"));
    assertEquals(List.of("4", "1"), field(body.get("hits"), "versions"));
    assertEquals(2, body.get("total").get("value").asInt());
    assertEquals(
        List.of("c1", "c3", "c2", "c4"),
        field(get("/api/stories/c2/versions").get("versions"), "id"));
  }

  @Test
  void deletingTheLeadRegroupsUnderTheNextEarliest() throws Exception {
    update(List.of("c1"));

    JsonNode body = get("/api/search?q=floodwaters%20OR%20flood&sort=newest");
    assertEquals(List.of("u1", "c2"), field(body.get("hits"), "id"));
    assertEquals(List.of("1", "2"), field(body.get("hits"), "versions"));
    assertEquals(JSON.readTree("""
        {"id":"c2","group":"c3","versions":[
          {"id":"c3","title":"Flood c3","source":"AFP","published":"2020-01-02","similarity":1.0,"lead":true,"kind":"copy"},
          {"id":"c2","title":"Flood c2","source":"AP","published":"2020-01-03","similarity":0.82857144,"lead":false,"kind":"copy"}]}"""), get("/api/stories/c2/versions"));
  }

  @Test
  void deletingAllCopiesButOneShowsItAlone() throws Exception {
    update(List.of("c1", "c3"));

    JsonNode body = get("/api/search?q=floodwaters%20OR%20flood&sort=newest&collapse=false");
    assertEquals(List.of("u1", "c2"), field(body.get("hits"), "id"));
    assertEquals(List.of("1", "1"), field(body.get("hits"), "versions"));
  }
}
