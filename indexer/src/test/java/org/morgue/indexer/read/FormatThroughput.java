package org.morgue.indexer.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.morgue.indexer.story.Story;

/**
 * Stories/s of each issue-7 reader over copies of its fixture (reading only: decompression, parsing,
 * extraction, cleaning; no entities, no index). Each format runs twice and the second, warmed-up run is
 * printed. The copies are written to a temporary folder, which is kept and printed so that
 * {@code ./morgue index} can be timed on the same inputs. Not a unit test: a report.
 *
 * <p>Run: {@code java -cp <test classpath> org.morgue.indexer.read.FormatThroughput [copies]}
 */
public final class FormatThroughput {

  private FormatThroughput() {}

  public static void main(String[] args) throws IOException {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path root = Files.createTempDirectory("morgue-formats-");
    Path formats = TestData.file("formats");
    for (String fixture : List.of("harbour-page.html", "council-budget.nitf", "ferry-talks.xml")) {
      Path dir = Files.createDirectories(root.resolve(fixture.substring(fixture.indexOf('.') + 1)));
      byte[] bytes = Files.readAllBytes(formats.resolve(fixture));
      for (int i = 0; i < copies; i++) {
        Files.write(dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, fixture)), bytes);
      }
    }
    // Gzip members concatenate into one valid .warc.gz: one file with copies × 2 pages and 4 other
    // records each.
    Path warc = Files.createDirectories(root.resolve("warc")).resolve("captures.warc.gz");
    byte[] members = Files.readAllBytes(formats.resolve("captures.warc.gz"));
    try (OutputStream out = Files.newOutputStream(warc)) {
      for (int i = 0; i < copies / 2; i++) {
        out.write(members);
      }
    }
    System.out.println("inputs in " + root);
    // A format from before issue 7, timed in the same run: on a shared machine only ratios carry
    // over.
    Path baseline =
        Path.of("..", "..", "shared", "corpora", "reuters21578", "sgm-data", "reut2-000.sgm.gz");
    if (Files.isRegularFile(baseline)) {
      Files.createDirectories(root.resolve("sgml"));
      Files.copy(baseline, root.resolve("sgml").resolve("reut2-000.sgm.gz"));
    }
    for (String format : List.of("sgml", "html", "nitf", "xml", "warc")) {
      if (!Files.isDirectory(root.resolve(format))) {
        continue;
      }
      for (int run = 0; run < 2; run++) {
        long[] stories = new long[1];
        long start = System.nanoTime();
        new StoryReaders().read(List.of(root.resolve(format)), new StoryListener() {
          @Override
          public void onStory(Story story) {
            stories[0]++;
          }

          @Override
          public void onSkip(Skip skip) {}
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (run == 1) {
          System.out.printf(
              Locale.ROOT,
              "%-5s %,7d stories in %5.2f s: %,6.0f stories/s%n",
              format,
              stories[0],
              seconds,
              stories[0] / seconds);
        }
      }
    }
  }
}
