package org.morgue.indexer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.morgue.indexer.index.BuildInfo;
import org.morgue.indexer.index.EntityLabels;
import org.morgue.indexer.index.Schema;
import org.morgue.indexer.index.StoryJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships a finished build into the cluster and publishes it: every story into a new stamped index
 * ({@code ALIAS-yyyymmddthhmmssSSS}) created without replicas and without refreshes, written with
 * {@code _bulk}, refreshed, force-merged to one segment, then given its replicas; the build's time,
 * story count and entity labels go to a meta index beside it; and one {@code _aliases} call moves
 * both aliases at once. A run killed anywhere before that call leaves the aliases, and so every
 * answer, as they were; its orphaned index is deleted by the next run.
 *
 * <p>The stories come from the embedded build the same run made, so both backends hold exactly the
 * same cleaned text, entities, archive names and copy groups: one pipeline, two stores.
 */
public final class ClusterLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterLoader.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** About 5 MB of JSON per bulk request: large enough to amortise the round trip, small for a 512 MB node. */
  static final int BULK_BYTES = 5 << 20;
  /** The meta index's one document. */
  public static final String META_ID = "build";

  public static final String META_BUILT_AT = "built_at";
  public static final String META_STORIES = "stories";
  public static final String META_LABELS = "labels";
  public static final String META_INDEX = "index";
  /** Whether the build, and so the index, has the exact title and body. */
  public static final String META_EXACT = "exact";

  /** What a load did. */
  public record Loaded(String index, long stories, Duration bulkTime, Duration total) {}

  private final OpenSearchClient client;
  private final String alias;
  private final Clock clock;

  /** @param alias the name searches use; the meta index's alias is {@code ALIAS-meta} */
  public ClusterLoader(OpenSearchClient client, String alias, Clock clock) {
    if (!alias.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "an OpenSearch alias is lower-case letters, digits, _ and -, was '" + alias + "'");
    }
    this.client = client;
    this.alias = alias;
    this.clock = clock;
  }

  /** The stamp of a new index pair: the time, so names sort by age and never repeat. */
  String stamp() {
    return STAMP.format(clock.instant());
  }

  String alias() {
    return alias;
  }

  OpenSearchClient client() {
    return client;
  }

  /** The meta alias beside a story alias. */
  public static String metaAlias(String alias) {
    return alias + "-meta";
  }

  /**
   * Loads the build folder's stories and publishes them.
   *
   * @param replicas replicas each shard gets once loaded (0 on a one-node cluster)
   */
  public Loaded load(Path build, int replicas) throws IOException {
    long start = System.nanoTime();
    deleteOrphans();
    String stamp = stamp();
    String index = alias + "-" + stamp;
    String meta = metaAlias(alias) + "-" + stamp;
    long stories;
    long bulkNanos;
    BuildInfo info;
    boolean exact;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build))) {
      // The cluster mirrors the build: exact sub-fields only when its stories have the exact twins.
      exact = Schema.hasExactFields(reader);
      client.put("/" + index, StoryMapping.createBody(exact));
      info = BuildInfo.fromUserData(reader.getIndexCommit().getUserData());
      long bulkStart = System.nanoTime();
      stories = bulk(index, reader);
      bulkNanos = System.nanoTime() - bulkStart;
    }
    settle(index, replicas, true);
    publish(index, meta, info, stories, exact, build, replicas);
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    LOG.info(
        "published {} ({} stories) as alias {} in {} ms", index, stories, alias, total.toMillis());
    return new Loaded(index, stories, Duration.ofNanos(bulkNanos), total);
  }

  /**
   * Makes a loaded story index ready to serve: refreshes back on, merged to one segment when asked, then
   * its replicas. A fresh load is merged, as the embedded build is (one segment); an update is not, as
   * the embedded update is not, so that both backends' scores count the same replaced and deleted
   * stories in their statistics until a merge drops them.
   */
  void settle(String index, int replicas, boolean merge) {
    ObjectNode settings = OpenSearchClient.mapper().createObjectNode();
    settings.putObject("index").putNull("refresh_interval");
    client.put("/" + index + "/_settings", settings);
    client.post("/" + index + "/_refresh", null);
    if (merge) {
      client.post("/" + index + "/_forcemerge?max_num_segments=1", null);
    }
    ObjectNode withReplicas = OpenSearchClient.mapper().createObjectNode();
    withReplicas.putObject("index").put("number_of_replicas", replicas);
    client.put("/" + index + "/_settings", withReplicas);
  }

  /**
   * Publishes a loaded story index: its meta index (the build's time, story count and labels), replicas
   * on both, green, then one {@code _aliases} call moves both aliases; the indexes they held are deleted.
   */
  void publish(
      String index,
      String meta,
      BuildInfo info,
      long stories,
      boolean exact,
      Path build,
      int replicas)
      throws IOException {
    client.put("/" + meta, StoryMapping.metaBody());
    ObjectNode doc = OpenSearchClient.mapper().createObjectNode();
    doc.put(META_BUILT_AT, info.builtAt().toString());
    doc.put(META_STORIES, stories);
    doc.put(META_INDEX, index);
    doc.put(META_EXACT, exact);
    doc.set(
        META_LABELS,
        OpenSearchClient.mapper().valueToTree(EntityLabels.read(build).asMap()));
    client.put("/" + meta + "/_doc/" + META_ID + "?refresh=true", doc);
    ObjectNode metaReplicas = OpenSearchClient.mapper().createObjectNode();
    metaReplicas.putObject("index").put("number_of_replicas", replicas);
    client.put("/" + meta + "/_settings", metaReplicas);
    awaitGreen(index + "," + meta);
    List<String> previous = holders(alias);
    previous.addAll(holders(metaAlias(alias)));
    swap(index, meta, previous);
    for (String old : previous) {
      client.delete("/" + old);
    }
  }

  private long bulk(String index, DirectoryReader reader) throws IOException {
    Bulk bulk = new Bulk(index);
    long count = forEachStory(reader, (id, json) -> bulk.index(id, json));
    bulk.flush();
    return count;
  }

  /** What {@link #forEachStory} hands over: a story's id and its document as the cluster stores it. */
  @FunctionalInterface
  interface StoryVisitor {
    void visit(String id, ObjectNode json);
  }

  /** Visits every live story of a build as the cluster's document; returns how many. */
  static long forEachStory(DirectoryReader reader, StoryVisitor visitor) throws IOException {
    Schema schema = new Schema();
    long count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document document = stored.document(doc);
        ObjectNode json = StoryJson.toJson(schema.fromDocument(document), schema.copyOf(document));
        // The build's event thread, so the cluster's events are the embedded index's.
        json.put(Schema.EVENT, schema.eventOf(document));
        visitor.visit(json.get(Schema.ID).asText(), json);
        count++;
      }
    }
    return count;
  }

  /** {@code _bulk} requests of about {@link #BULK_BYTES} into one index, sent as they fill. */
  final class Bulk {
    private final String index;
    private final StringBuilder body = new StringBuilder();
    private long actions;
    private int requests;

    Bulk(String index) {
      this.index = index;
    }

    /** Adds (or replaces) a story. */
    void index(String id, ObjectNode json) {
      add("index", id, json);
    }

    /** Removes a story. */
    void delete(String id) {
      add("delete", id, null);
    }

    private void add(String type, String id, ObjectNode json) {
      ObjectNode action = OpenSearchClient.mapper().createObjectNode();
      action.putObject(type).put("_index", index).put("_id", id);
      body.append(OpenSearchClient.json(action)).append('\n');
      if (json != null) {
        body.append(OpenSearchClient.json(json)).append('\n');
      }
      actions++;
      if (body.length() >= BULK_BYTES) {
        send(body);
        // One line per request (about 5 MB): progress for a long load, and the point a fault test
        // kills at.
        LOG.info("bulk request {} sent: {} stories so far into {}", ++requests, actions, index);
      }
    }

    /** Sends what is left. */
    void flush() {
      if (!body.isEmpty()) {
        send(body);
      }
    }
  }

  private void send(StringBuilder body) {
    JsonNode answer = client.postNdjson("/_bulk", body.toString());
    body.setLength(0);
    if (answer.path("errors").asBoolean()) {
      for (JsonNode item : answer.path("items")) {
        // Each item is {"index": {…}} or {"delete": {…}}; deleting a story the index lacks is no
        // error.
        JsonNode result = item.elements().next();
        JsonNode error = result.path("error");
        if (!error.isMissingNode()) {
          throw new OpenSearchException(
              result.path("status").asInt(),
              "the cluster refused story " + result.path("_id").asText() + ": " + error);
        }
      }
    }
  }

  void awaitGreen(String indices) {
    JsonNode health =
        client.get("/_cluster/health/" + indices + "?wait_for_status=green&timeout=120s");
    if (health.path("timed_out").asBoolean()) {
      throw new ClusterUnavailableException(
          "the new index did not reach green within 120 s (status "
              + health.path("status").asText() + "); the alias " + alias + " is unchanged");
    }
  }

  /** The indexes an alias points to (none when it does not exist yet). */
  List<String> holders(String name) {
    List<String> out = new ArrayList<>();
    try {
      Iterator<String> names = client.get("/_alias/" + name).fieldNames();
      names.forEachRemaining(out::add);
    } catch (OpenSearchException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
    return out;
  }

  private void swap(String index, String meta, List<String> previous) {
    ObjectNode body = OpenSearchClient.mapper().createObjectNode();
    ArrayNode actions = body.putArray("actions");
    for (String old : previous) {
      actions
          .addObject()
          .putObject("remove")
          .put("index", old)
          .put("alias", old.startsWith(metaAlias(alias) + "-") ? metaAlias(alias) : alias);
    }
    actions.addObject().putObject("add").put("index", index).put("alias", alias);
    actions.addObject().putObject("add").put("index", meta).put("alias", metaAlias(alias));
    client.post("/_aliases", body);
  }

  /** Deletes stamped indexes of this alias that no alias points to: what a killed run left behind. */
  void deleteOrphans() {
    JsonNode all = client.get("/_cat/indices/" + alias + "-*?format=json&h=index");
    List<String> serving = holders(alias);
    serving.addAll(holders(metaAlias(alias)));
    for (JsonNode row : all) {
      String name = row.path("index").asText();
      boolean ours = name.matches(java.util.regex.Pattern.quote(alias) + "(-meta)?-\\d{8}t\\d{9}");
      if (ours && !serving.contains(name)) {
        LOG.info("deleting {}, left by a run that did not finish", name);
        client.delete("/" + name);
      }
    }
  }
}
