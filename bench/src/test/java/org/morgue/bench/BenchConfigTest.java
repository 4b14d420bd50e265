package org.morgue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchConfigTest {

  private static final List<String> LAUNCHER_OPTS = List.of("-Xms256m", "-Xmx4g", "-XX:+UseG1GC");
  private static final List<String> INDEX_OPTS =
      List.of("-Xms256m", "-Xmx4g", "-XX:+UseParallelGC");

  private static BenchConfig parse(String... args) {
    return BenchConfig.parse(List.of(args), Path.of("/m"), null, LAUNCHER_OPTS, INDEX_OPTS);
  }

  @Test
  void warmUpIsPassesAndTimeBothAtLeast() {
    BenchConfig defaults = parse();
    assertEquals(3, defaults.warmup());
    assertEquals(15, defaults.warmupSeconds());
    BenchConfig set = parse("--warmup", "1", "--warmup-seconds", "0");
    assertEquals(1, set.warmup());
    assertEquals(0, set.warmupSeconds());
    assertThrows(IllegalArgumentException.class, () -> parse("--warmup-seconds", "-2"));
  }

  @Test
  void indexingChildrenGetTheLaunchersIndexOptions() {
    BenchConfig config = parse("--server-heap", "512m");
    assertEquals(INDEX_OPTS, config.indexJavaOpts());
    assertEquals(LAUNCHER_OPTS, config.javaOpts());
    assertEquals(List.of("-XX:+UseG1GC", "-Xmx512m"), config.serverOpts());
  }

  @Test
  void entitiesAreOnEverywhereUnlessNarrowed() {
    BenchConfig all = parse();
    assertTrue(all.entities(Corpus.H115M));
    BenchConfig some = parse("--entities", "21k");
    assertTrue(some.entities(Corpus.R21K));
    assertFalse(some.entities(Corpus.R106K));
    assertFalse(some.entities(Corpus.H115M));
    assertFalse(parse("--no-entities").entities(Corpus.R21K));
  }

  @Test
  void cachedNamesTheCorporaWhoseEarlierCacheIsKept() {
    assertEquals(
        Set.of(Corpus.R106K, Corpus.H115M), parse("--cached", "106k, 1.15m").cached());
    assertEquals(Set.of(), parse().cached());
  }

  @Test
  void serverHeapReplacesTheLaunchersHeapOptionsForTheServerOnly() {
    BenchConfig config = parse("--server-heap", "512m");
    assertEquals(List.of("-XX:+UseG1GC", "-Xmx512m"), config.serverOpts());
    assertEquals(LAUNCHER_OPTS, config.javaOpts());
    assertNull(parse().serverHeap());
    assertEquals(LAUNCHER_OPTS, parse().serverOpts());
  }

  @Test
  void badValuesAreRefusedWithTheOptionNamed() {
    IllegalArgumentException heap =
        assertThrows(IllegalArgumentException.class, () -> parse("--server-heap", "lots"));
    assertEquals("--server-heap needs a size such as 512m, was 'lots'", heap.getMessage());
    IllegalArgumentException corpus =
        assertThrows(IllegalArgumentException.class, () -> parse("--cached", "2k"));
    assertEquals("unknown corpus '2k'; known: [21k, 106k, 1.15m]", corpus.getMessage());
  }

  @Test
  void helpIsGeneratedFromTheOptions() {
    String help = BenchConfig.usage();
    assertTrue(help.startsWith("usage: bench/run [options]\n"), help);
    for (String option : List.of(
        "--corpora",
        "--only",
        "--work",
        "--out",
        "--clients",
        "--warmup",
        "--warmup-seconds",
        "--rounds",
        "--load",
        "--no-entities",
        "--entities",
        "--cached",
        "--server-heap",
        "--no-solr",
        "--rebuild",
        "--reuse",
        "--jfr")) {
      assertTrue(help.contains(" " + option), option + " missing from\n" + help);
    }
  }

  @Test
  void badValuesAreRefusedWithTheirReason() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse("--only", "22k"));
    assertTrue(e.getMessage().startsWith("unknown corpus '22k'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("--clients", "1,x"));
    assertThrows(IllegalArgumentException.class, () -> parse("--frobnicate"));
  }
}
