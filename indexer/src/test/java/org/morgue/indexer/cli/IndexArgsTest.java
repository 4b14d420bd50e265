package org.morgue.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexArgsTest {

  @TempDir
  Path dir;

  @Test
  void parsesIndexInputsAndOptions() throws Exception {
    Path input = Files.createFile(dir.resolve("a.txt"));
    IndexArgs args = IndexArgs.parse(
        List.of("--index", "idx", "--threads", "3", "--no-entities", input.toString()), 2, true);
    assertEquals(
        IndexArgs.rebuild(Path.of("idx"), List.of(input), 3).withEntities(false).withProgress(true),
        args);
  }

  @Test
  void exactFieldsFollowTheInputSizeUnlessAsked() throws Exception {
    Path input = Files.createFile(dir.resolve("a.txt"));
    assertEquals(
        Optional.empty(),
        IndexArgs.parse(List.of("--index", "i", input.toString()), 2, false).exact());
    assertEquals(
        Optional.of(true),
        IndexArgs.parse(List.of("--index", "i", "--exact", input.toString()), 2, false)
            .exact());
    assertEquals(
        Optional.of(false),
        IndexArgs.parse(List.of("--index", "i", "--no-exact", input.toString()), 2, false)
            .exact());
  }

  @Test
  void rewordedVersionsOnlyWhenAskedAndNeverWithoutEvents() throws Exception {
    Path input = Files.createFile(dir.resolve("a.txt"));
    assertEquals(
        false,
        IndexArgs.parse(List.of("--index", "i", input.toString()), 2, false).reworded());
    assertEquals(
        true,
        IndexArgs.parse(List.of("--index", "i", "--reworded", input.toString()), 2, false)
            .reworded());
    assertEquals(
        false,
        IndexArgs.parse(
                List.of("--index", "i", "--reworded", "--no-events", input.toString()), 2, false)
            .reworded());
  }

  @Test
  void copyGroupingIsOnByDefaultTunableAndCanBeTurnedOff() throws Exception {
    Path input = Files.createFile(dir.resolve("a.txt"));
    assertEquals(
        Optional.of(org.morgue.indexer.copies.CopyParams.defaults()),
        IndexArgs.parse(List.of("--index", "i", input.toString()), 2, false).copies());
    assertEquals(
        Optional.of(org.morgue.indexer.copies.CopyParams.defaults().withThreshold(0.7)),
        IndexArgs.parse(
                List.of("--index", "i", "--copy-threshold", "0.7", input.toString()), 2, false)
            .copies());
    assertEquals(
        Optional.empty(),
        IndexArgs.parse(List.of("--index", "i", "--no-copies", input.toString()), 2, false)
            .copies());
    UsageException bad = assertThrows(
        UsageException.class,
        () -> IndexArgs.parse(
            List.of("--index", "i", "--copy-threshold", "1.5", input.toString()), 2, false));
    assertEquals("--copy-threshold takes a number in (0, 1], not '1.5'", bad.getMessage());
  }

  @Test
  void noProgressWhenNotATerminalOrAskedNotTo() throws Exception {
    Path input = Files.createFile(dir.resolve("a.txt"));
    assertEquals(
        false,
        IndexArgs.parse(List.of("--index", "i", input.toString()), 2, false).progress());
    assertEquals(
        false,
        IndexArgs.parse(List.of("--index", "i", "--no-progress", input.toString()), 2, true)
            .progress());
  }

  @Test
  void takesAnAliasTableFile() throws Exception {
    Path input = Files.createFile(dir.resolve("a.txt"));
    Path table = Files.createFile(dir.resolve("aliases.tsv"));
    assertEquals(
        Optional.of(table),
        IndexArgs.parse(
                List.of("--index", "i", "--aliases", table.toString(), input.toString()), 2, false)
            .aliases());
    assertEquals(
        Optional.empty(),
        IndexArgs.parse(List.of("--index", "i", input.toString()), 2, false).aliases());
  }

  @Test
  void helpIsGeneratedAndListsEveryOptionAndAllEightFormats() {
    String help = IndexArgs.help();
    assertTrue(help.startsWith("Usage: morgue index --index DIR [options] PATH...\n"), help);
    for (String option : List.of(
        "--index",
        "--threads",
        "--no-entities",
        "--no-progress",
        "--aliases",
        "--no-cache",
        "--update",
        "--delete",
        "--deletions",
        "--no-copies",
        "--copy-threshold",
        "--help")) {
      assertTrue(
          help.contains(" " + option + (option.equals("--help") ? " " : "")),
          option + " missing from\n" + help);
    }
    List<String> formats = help.lines()
        .dropWhile(l -> !l.startsWith("Formats"))
        .skip(2)
        .map(l -> l.strip().split(" +")[0])
        .toList();
    assertEquals(
        List.of("text", "jsonl", "csv", "sgml", "html", "nitf", "newsml", "warc"), formats);
    assertTrue(help.contains("  sgml    .sgm .sgml"), help);
    assertTrue(help.contains("  5   another indexer is writing to the same index folder"), help);
  }

  @Test
  void aRepeatedOptionKeepsItsLastValueAndDeleteTakesWordsUpToTheNextOption() throws Exception {
    IndexArgs args = IndexArgs.parse(
        List.of("--index", "a", "--index", "b", "--delete", "x", "y", "--no-progress"), 2, true);
    assertEquals(Path.of("b"), args.index());
    assertEquals(List.of("x", "y"), args.update().orElseThrow().deleteIds());
    assertEquals(false, args.progress());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--index                       | --index needs a value",
        "--index i --delete            | --delete needs at least one id",
        "--index i --delete x --no-copies | --no-copies and --copy-threshold apply to a rebuild; an update groups copies as its build did",
        "--index i --copy-threshold x a.txt | --copy-threshold takes a number in (0, 1], not 'x'",
        "a.txt                         | --index DIR is required",
        "--index i                     | no input files or folders given",
        "--index i --threads 0 a.txt   | --threads takes a whole number of at least 1, not '0'",
        "--index i --threads x a.txt   | --threads takes a whole number of at least 1, not 'x'",
        "--index i --fast a.txt        | unknown option --fast",
        "--index i missing.txt         | input does not exist: missing.txt",
        "--index i a.txt --aliases     | --aliases needs a value",
        "--index i --aliases no.tsv a.txt | alias table does not exist: no.tsv"
      })
  void rejectsBadCommandLinesWithAMessage(String line, String message) {
    UsageException e = assertThrows(
        UsageException.class, () -> IndexArgs.parse(List.of(line.strip().split(" +")), 2, false));
    assertEquals(message, e.getMessage());
  }
}
