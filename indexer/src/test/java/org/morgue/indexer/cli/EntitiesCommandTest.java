package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.indexer.read.TestData;

/** {@code morgue entities} on a real index of the seed stories built by the production indexer. */
class EntitiesCommandTest {

  @TempDir
  static Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void index() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
    ExitCode code = IndexCommand.standard(Clock.systemUTC())
        .run(
            List.of(
                "--index",
                dir.resolve("index").toString(),
                TestData.root().resolve("seeds").toString()),
            print,
            print,
            false);
    assertEquals(ExitCode.OK, code, sink.toString(StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    return EntitiesCommand.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void listsTheTopValuesOfATypeWithContexts() {
    assertEquals(
        0,
        run(
            "--index",
            dir.resolve("index").toString(),
            "--type",
            "org",
            "--top",
            "2",
            "--contexts",
            "1"));
    List<String> lines = lines();
    assertEquals(5, lines.size(), lines.toString());
    assertEquals("org: 11 values", lines.get(0));
    assertEquals("  Kataib Hezbollah" + " ".repeat(24) + "      4 stories", lines.get(1));
    assertEquals(
        true,
        lines.get(2).startsWith("      000_079d92a754481f4e: …")
            && lines.get(2).contains("[Kataib Hezbollah]"),
        lines.get(2));
    assertEquals("  Asaib Ahl al-Haq" + " ".repeat(24) + "      3 stories", lines.get(3));
    assertEquals(true, lines.get(4).contains("[Asaib Ahl al-Haq]"), lines.get(4));
  }

  @Test
  void explainsEachMentionOfAValue() {
    assertEquals(
        0,
        run(
            "--index",
            dir.resolve("index").toString(),
            "--explain",
            "person:Donald Trump",
            "--top",
            "1"));
    List<String> lines = lines();
    assertEquals("person Donald Trump (key 'donald trump'): 5 stories", lines.get(0));
    // Seed 000 says only "Trump": the archive gives the surname the full name the other stories
    // use.
    assertEquals(true, lines.get(1).startsWith("  000_079d92a754481f4e  "), lines.get(1));
    assertEquals(
        true,
        lines.stream()
            .skip(2)
            .allMatch(l -> l.contains("[Trump]")
                && l.endsWith(
                    "[renamed archive-wide from 'Trump' (alias pair, full name of a surname, organization form, "
                        + "place qualifier, the alias table or the corrections file)]")),
        lines.toString());
  }

  @Test
  void aValueNoStoryHasSaysSo() {
    assertEquals(0, run("--index", dir.resolve("index").toString(), "--explain", "org:Hezbollah"));
    assertEquals(
        List.of(
            "org Hezbollah (key 'hezbollah'): 0 stories",
            "  no story has this value (hidden by the corrections file, renamed, or never found)"),
        lines());
  }

  @Test
  void badArgumentsExitWithUsage() {
    assertEquals(2, run("--index", dir.resolve("index").toString(), "--type", "ship"));
    assertEquals(
        "morgue entities: type must be person, org or place, not 'ship'\nTry 'morgue entities --help'.\n",
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(2, run("--index", dir.resolve("nothing").toString()));
    assertEquals(
        "morgue entities: no published index in " + dir.resolve("nothing")
            + "\nTry 'morgue entities --help'.\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
