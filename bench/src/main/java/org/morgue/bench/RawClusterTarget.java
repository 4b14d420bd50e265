package org.morgue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests Morgue sent the cluster for each benchmark query ({@link RecordingProxy}), sent again
 * straight to an OpenSearch node, one after the other as Morgue sends them, over one blocking
 * keep-alive connection per client thread ({@link LoopbackHttp}) and timed from the client: the
 * cluster's own cost of a Morgue search, against which Morgue's layer (parse, translate, JSON, the
 * HTTP hop in front) is measured.
 */
final class RawClusterTarget implements Driver.Target {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI node;
  private final Map<QuerySpec, List<RecordingProxy.Sent>> requests;
  private final ThreadLocal<LoopbackHttp> connection;

  /** @param requests per query (the very objects of the query set), the searches Morgue sent for it */
  RawClusterTarget(String node, Map<QuerySpec, List<RecordingProxy.Sent>> requests) {
    this.node = URI.create(node);
    this.requests = new IdentityHashMap<>(requests);
    this.connection =
        ThreadLocal.withInitial(() -> new LoopbackHttp(this.node.getHost(), this.node.getPort()));
  }

  @Override
  public long run(QuerySpec query, boolean count) throws IOException {
    List<RecordingProxy.Sent> sent = requests.get(query);
    if (sent == null || sent.isEmpty()) {
      throw new IOException("no request was recorded for '" + query.q() + "'");
    }
    long total = -1;
    for (int i = 0; i < sent.size(); i++) {
      RecordingProxy.Sent s = sent.get(i);
      MorgueHttpTarget.Response r = connection
          .get()
          .send(s.method(), node.resolve(s.pathAndQuery()), s.contentType(), s.body());
      if (r.status() != 200) {
        throw new IOException(
            "OpenSearch answered " + r.status() + " to " + s.method() + " " + s.pathAndQuery());
      }
      if (count && i == 0) {
        // The first request is the ranked list with track_total_hits: its total is the query's.
        JsonNode answer = JSON.readTree(r.body());
        total = answer.path("hits").path("total").path("value").asLong(-1);
      }
    }
    return total;
  }

  /** How many requests one query sends, on average over the set (Morgue's search + the page's events). */
  double requestsPerQuery() {
    return requests.values().stream().mapToInt(List::size).average().orElse(0);
  }
}
