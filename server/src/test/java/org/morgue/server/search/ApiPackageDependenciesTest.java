package org.morgue.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The search API compiles without Lucene and without the indexer's schema, so that a second backend (an
 * OpenSearch cluster) implements {@link SearchService} against the API and the story model alone. Checked
 * on the compiled classes: a class refers to another only through a name in its constant pool.
 */
class ApiPackageDependenciesTest {

  private static final List<String> FORBIDDEN = List.of(
      "org/apache/lucene/",
      "org/morgue/indexer/index/",
      "org/morgue/server/search/lucene/",
      "io/javalin/");

  @Test
  void theApiPackageNamesNeitherLuceneNorTheSchemaNorItsBackends()
      throws IOException, URISyntaxException {
    Path api = Path.of(SearchService.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toURI())
        .resolve("org/morgue/server/search");
    Map<String, String> offending = new TreeMap<>();
    int classes = 0;
    try (Stream<Path> files = Files.list(api)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        classes++;
        // Constant-pool names are modified UTF-8, ASCII for these packages: Latin-1 keeps every
        // byte.
        String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        FORBIDDEN.stream()
            .filter(pool::contains)
            .findFirst()
            .ifPresent(p -> offending.put(file.getFileName().toString(), p));
      }
    }
    assertTrue(classes > 20, "found only " + classes + " classes in " + api);
    assertEquals(Map.of(), offending);
  }
}
