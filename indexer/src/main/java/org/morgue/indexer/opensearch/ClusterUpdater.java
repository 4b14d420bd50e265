package org.morgue.indexer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.morgue.indexer.index.BuildInfo;
import org.morgue.indexer.index.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An update of the published cluster index, the counterpart of the embedded {@code --update}: the
 * served index is cloned (OpenSearch hard-links its segment files; the served index is write-blocked
 * only for the clone's few seconds and only against writes, which nothing sends it), the stories that
 * differ between the build the alias serves and the updated build are written into the clone and the
 * ones gone are deleted there, and the clone is published like a fresh load, by one alias swap. A
 * server searching the alias never sees a half-applied update; a run killed before the swap leaves
 * the alias and every answer as they were (the clone is an orphan the next run deletes).
 *
 * <p>Which stories differ is decided on the cluster's own documents, not on the update's inputs: an
 * update also changes stories it did not read (a new copy joins an old story's copy group, an event
 * gains a story, an archive name gains a form), and those must change on the cluster too.
 */
public final class ClusterUpdater {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterUpdater.class);

  /** What an update did. */
  public record Updated(String index, long written, long deleted, long stories, Duration total) {}

  private final ClusterLoader loader;
  private final OpenSearchClient client;

  public ClusterUpdater(ClusterLoader loader) {
    this.loader = loader;
    this.client = loader.client();
  }

  /** When the build the alias serves was made (its meta document), empty when the alias serves nothing. */
  public Optional<Instant> servedBuiltAt() {
    try {
      JsonNode meta = client.get(
          "/" + ClusterLoader.metaAlias(loader.alias()) + "/_doc/" + ClusterLoader.META_ID);
      return meta.path("found").asBoolean()
          ? Optional.of(Instant.parse(
              meta.path("_source").path(ClusterLoader.META_BUILT_AT).asText()))
          : Optional.empty();
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Publishes {@code updated} by changing a clone of the served index where {@code served} and
   * {@code updated} differ.
   *
   * @param served the build the alias serves (the caller checked its time against {@link #servedBuiltAt})
   * @param updated the build the embedded update made from it
   */
  public Updated update(Path served, Path updated, int replicas) throws IOException {
    long start = System.nanoTime();
    List<String> holders = loader.holders(loader.alias());
    if (holders.size() != 1) {
      throw new OpenSearchException(
          409,
          "the alias '" + loader.alias() + "' holds " + holders.size()
              + " indexes, not one; rebuild it with 'morgue index --backend opensearch'");
    }
    loader.deleteOrphans();
    String stamp = loader.stamp();
    String index = loader.alias() + "-" + stamp;
    String meta = ClusterLoader.metaAlias(loader.alias()) + "-" + stamp;
    Map<String, Long> before = digests(served);
    cloneServed(holders.get(0), index);
    long stories;
    BuildInfo info;
    boolean exact;
    ClusterLoader.Bulk bulk = loader.new Bulk(index);
    long[] changed = {0};
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(updated))) {
      exact = Schema.hasExactFields(reader);
      info = BuildInfo.fromUserData(reader.getIndexCommit().getUserData());
      stories = ClusterLoader.forEachStory(reader, (id, json) -> {
        Long old = before.remove(id);
        if (old == null || old != digest(json)) {
          bulk.index(id, json);
          changed[0]++;
        }
      });
    }
    long written = changed[0];
    for (String gone : before.keySet()) {
      bulk.delete(gone);
    }
    bulk.flush();
    loader.settle(index, replicas, false);
    loader.publish(index, meta, info, stories, exact, updated, replicas);
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    LOG.info(
        "published update {} ({} stories written, {} deleted, {} in all) as alias {} in {} ms",
        index,
        written,
        before.size(),
        stories,
        loader.alias(),
        total.toMillis());
    return new Updated(index, written, before.size(), stories, total);
  }

  /**
   * Clones the served index into {@code index}, without replicas or refreshes while the update is
   * written. OpenSearch clones only a write-blocked index: the block goes on for the clone and comes
   * off again whatever happens (searches are never blocked).
   */
  private void cloneServed(String source, String index) {
    writeBlock(source, true);
    try {
      ObjectNode body = OpenSearchClient.mapper().createObjectNode();
      body.putObject("settings")
          .put("index.blocks.write", false)
          .put("index.number_of_replicas", 0)
          .put("index.refresh_interval", "-1");
      client.post("/" + source + "/_clone/" + index + "?wait_for_active_shards=all", body);
    } finally {
      writeBlock(source, false);
    }
    loader.awaitGreen(index);
  }

  private void writeBlock(String index, boolean on) {
    ObjectNode settings = OpenSearchClient.mapper().createObjectNode();
    settings.put("index.blocks.write", on);
    client.put("/" + index + "/_settings", settings);
  }

  /** Each story of a build by id: a digest of the document the cluster holds for it. */
  private static Map<String, Long> digests(Path build) throws IOException {
    Map<String, Long> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build))) {
      ClusterLoader.forEachStory(reader, (id, json) -> out.put(id, digest(json)));
    }
    return out;
  }

  /**
   * 64 bits of the SHA-256 of a document's JSON: a story counts as unchanged only when its whole document
   * is (a 32-bit hash would let one changed story in four billion keep its old text).
   */
  private static long digest(ObjectNode json) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256")
          .digest(OpenSearchClient.json(json).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(sha).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
