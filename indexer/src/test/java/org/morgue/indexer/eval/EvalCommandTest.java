package org.morgue.indexer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code morgue eval}: generated help for the list and for each evaluation, and usage errors exit 2. */
class EvalCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvalCommand.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsEveryEvaluationWithItsDescription() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.startsWith("usage: morgue eval <what> [options]\n"), help);
    assertTrue(help.contains("  entities  CoNLL-2003/CoNLL++ F1"), help);
    assertTrue(help.contains("  copies    syndicated-copy grouping"), help);
  }

  @Test
  void eachEvaluationHasItsOwnGeneratedHelp() {
    assertEquals(0, run("copies", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.startsWith("usage: morgue eval copies "), help);
    assertTrue(help.contains("--sample=N"), help);
  }

  @Test
  void badOptionsExitWithTwoAndSayWhy() {
    assertEquals(2, run("entities", "--only", "conll,bogus"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("morgue eval entities: --only takes conll, reuters, seeds; got 'bogus'\n"),
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(2, run("copies", "--frobnicate"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("morgue eval copies: unknown argument '--frobnicate'\n"),
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(2, run("nope"));
    assertTrue(err.toString(StandardCharsets.UTF_8)
        .startsWith("morgue eval: unknown evaluation 'nope'\n"));
  }
}
