package org.morgue.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The demo's first screen: the index summary without the list of test files broken on purpose. */
class DemoCommandTest {

  @Test
  void theDeliberatelyBrokenTestFilesAreOneLine() {
    String summary = """
        Indexed 48 stories in 68.5 s (1 stories/s)
          by format: csv 17 html 2 jsonl 15 newsml 1 nitf 1 sgml 3 text 7 warc 2
          entities: 188 distinct
          skipped: 7
            testdata/awkward/bad-row.csv#record 2 (line 3): expected 3 cells as in the header, found 2
            testdata/awkward/bad-row.csv#record 3 (line 4): invalid CSV: Invalid character at line: 4, position: 191
            testdata/awkward/empty.txt: empty file
            testdata/awkward/malformed-line.jsonl:2: invalid JSON: Unexpected character ('b' (code 98))
            testdata/awkward/truncated.jsonl.gz: read failed after 2 stories: Unexpected end of ZLIB input stream
            testdata/awkward/unknown.bin: unknown format (not .txt, .jsonl, .ndjson, .csv, .sgm, .html, .nitf or .warc)
            testdata/formats/captures.warc.gz: 3 captures not indexed: not HTML or not a success (HTTP 301 1)
          index: /demo/builds/20261207T141204Z-4855
          extraction cache: 48 stories from the cache, 0 tagged
        """.replace("\n", System.lineSeparator());
    assertEquals("""
        Indexed 48 stories in 68.5 s (1 stories/s)
          by format: csv 17 html 2 jsonl 15 newsml 1 nitf 1 sgml 3 text 7 warc 2
          entities: 188 distinct
          skipped on purpose: 7 inputs in 6 test files that are broken by design (testdata/README.md says how)
          index: /demo/builds/20261207T141204Z-4855
          extraction cache: 48 stories from the cache, 0 tagged
        """.replace("\n", System.lineSeparator()), DemoCommand.quiet(summary));
  }

  @Test
  void aSummaryWithoutSkipsIsUnchanged() {
    String summary = "Indexed 3 stories in 1.0 s (3 stories/s)\n  skipped: 0\n  index: /x\n"
        .replace("\n", System.lineSeparator());
    assertEquals(summary, DemoCommand.quiet(summary));
  }
}
