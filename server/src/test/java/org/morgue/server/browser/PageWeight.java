package org.morgue.server.browser;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the first search as a journalist meets it, in the real headless Chromium with a cold cache
 * (a fresh profile per run): bytes transferred (the Performance API's {@code transferSize} of the page,
 * every file and the API call) and the time from navigation start until the first result is in the DOM.
 * Not a unit test: run it against a served index, e.g. Reuters-21578:
 *
 * <pre>
 * ./morgue serve --index /tmp/page-reuters-idx --port 7373 &amp;
 * java -cp server/target/test-classes:server/target/classes:server/target/lib/* \
 *     org.morgue.server.browser.PageWeight http://127.0.0.1:7373 5 '/' '/?q=oil' '/?q=oil&amp;f.place=iran'
 * </pre>
 */
public final class PageWeight {

  /** Runs before any page script: notes when the first result appears (ms since navigation start). */
  private static final String OBSERVER = """
      new MutationObserver((_, obs) => {
        if (document.querySelector('#results .hit, #results .notice')) {
          window.__firstResults = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
      """;

  private static final String COLLECT = """
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const api = res.filter(r => r.name.includes('/api/search'));
      return { first: window.__firstResults, page: nav.transferSize,
        files: res.reduce((s, r) => s + r.transferSize, 0), count: res.length + 1,
        apiTransfer: api.reduce((s, r) => s + r.transferSize, 0), apiEncoded: api.reduce((s, r) => s + r.encodedBodySize, 0),
        apiDecoded: api.reduce((s, r) => s + r.decodedBodySize, 0), dcl: nav.domContentLoadedEventEnd };
      """;

  private PageWeight() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:7373";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> pages =
        args.length > 2 ? List.of(args).subList(2, args.length) : List.of("/", "/?q=oil");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT, "first search on %s, %d cold runs each (median; min-max)%n", base, runs);
    for (String page : pages) {
      List<Map<String, Object>> samples = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        samples.add(once(base, page));
      }
      out.printf(
          Locale.ROOT,
          "%-32s %s bytes in %s requests (API call %s bytes on the wire, body %s gzipped / %s JSON);"
              + " first results at %s ms%n",
          page,
          median(samples, "page", "files"),
          median(samples, "count"),
          median(samples, "apiTransfer"),
          median(samples, "apiEncoded"),
          median(samples, "apiDecoded"),
          range(samples, "first"));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> once(String base, String page) throws Exception {
    Path profile = Files.createTempDirectory("morgue-page-weight");
    try (Browser browser = Browser.start(base, profile, 1280, 900)) {
      browser
          .driver()
          .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
      browser.open(page);
      browser.await(d -> browser.js("return window.__firstResults || null"));
      // Let the health call and the favicon finish, so the byte count is the whole first screen.
      browser.await(d -> Boolean.TRUE.equals(
              browser.js("return document.getElementById('health').textContent !== ''"))
          ? true
          : null);
      Thread.sleep(300);
      return (Map<String, Object>) browser.js(COLLECT);
    } finally {
      try (var files = Files.walk(profile)) {
        files
            .sorted(java.util.Comparator.reverseOrder())
            .forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double value(Map<String, Object> sample, String... keys) {
    double sum = 0;
    for (String key : keys) {
      sum += ((Number) sample.get(key)).doubleValue();
    }
    return sum;
  }

  private static String median(List<Map<String, Object>> samples, String... keys) {
    List<Double> values = samples.stream().map(s -> value(s, keys)).sorted().toList();
    return String.format(Locale.ROOT, "%,.0f", values.get(values.size() / 2));
  }

  private static String range(List<Map<String, Object>> samples, String key) {
    List<Double> values = samples.stream().map(s -> value(s, key)).sorted().toList();
    return String.format(
        Locale.ROOT,
        "%,.0f (%,.0f-%,.0f)",
        values.get(values.size() / 2),
        values.get(0),
        values.get(values.size() - 1));
  }
}
