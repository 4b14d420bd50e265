package org.morgue.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.morgue.indexer.date.Dates;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * Not a unit test: a program that runs the readers over the shared corpora and prints a report
 * (story and skip counts; for Reuters-21578, each story's date against its own {@code <DATE>}).
 * Run: {@code java -cp <test classpath> org.morgue.indexer.read.CorpusCheck ../../shared/corpora}.
 * Exits quietly when the corpora folder is absent (a fresh clone has none).
 */
public final class CorpusCheck {

  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern DATE = Pattern.compile("<DATE>([^<]*)</DATE>");

  private CorpusCheck() {}

  public static void main(String[] args) throws IOException {
    Path corpora = Path.of(args.length > 0 ? args[0] : "../../shared/corpora");
    if (!Files.isDirectory(corpora)) {
      System.out.println("no corpora at " + corpora + "; nothing to check");
      return;
    }
    for (String sub :
        List.of("reuters21578/sgm-data", "reuters-news-2006-2013", "wikinews-2019-2020")) {
      Path dir = corpora.resolve(sub);
      if (Files.isDirectory(dir)) {
        report(dir);
      }
    }
    Path sgm = corpora.resolve("reuters21578/sgm-data");
    if (Files.isDirectory(sgm)) {
      checkReutersDates(sgm);
    }
  }

  private static void report(Path dir) throws IOException {
    List<Skip> skips = new ArrayList<>();
    long start = System.nanoTime();
    ReadSummary summary = new StoryReaders().read(List.of(dir), new StoryListener() {
      @Override
      public void onStory(Story story) {}

      @Override
      public void onSkip(Skip skip) {
        skips.add(skip);
      }
    });
    System.out.printf(
        Locale.ROOT,
        "%s: %d files, %d stories %s, %d skipped, %.1f s%n",
        dir,
        summary.files(),
        summary.stories(),
        summary.storiesByFormat(),
        summary.skipped(),
        (System.nanoTime() - start) / 1e9);
    skips.stream().limit(20).forEach(s -> System.out.println("  skip " + s));
  }

  /** Compares each story's date with the day of the {@code <DATE>} element found by plain text search. */
  private static void checkReutersDates(Path sgm) throws IOException {
    Map<String, Optional<PubDate>> expected = new HashMap<>();
    for (Path file : new StoryReaders().files(List.of(sgm))) {
      String text;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
      for (String element : text.split("</REUTERS>")) {
        Matcher id = NEWID.matcher(element);
        Matcher date = DATE.matcher(element);
        if (id.find() && date.find()) {
          expected.put("reuters-" + id.group(1), dayOf(date.group(1)));
        }
      }
    }
    long[] counts = new long[4]; // stories, equal, different, undated
    new StoryReaders().read(List.of(sgm), new StoryListener() {
      @Override
      public void onStory(Story story) {
        counts[0]++;
        Optional<PubDate> want = expected.get(story.id());
        if (story.published().isEmpty()) {
          counts[3]++;
        }
        if (want != null && want.equals(story.published()) && want.isPresent()) {
          counts[1]++;
        } else {
          counts[2]++;
          System.out.println(
              "  date mismatch " + story.id() + ": " + story.published() + " vs " + want);
        }
      }

      @Override
      public void onSkip(Skip skip) {}
    });
    System.out.printf(
        Locale.ROOT,
        "reuters21578 dates: %d stories, %d <DATE> elements, %d equal, %d different, %d undated%n",
        counts[0],
        expected.size(),
        counts[1],
        counts[2],
        counts[3]);
  }

  /** The element's day, read independently of {@link Dates}: {@code 26-FEB-1987 ...}. */
  private static Optional<PubDate> dayOf(String value) {
    Matcher m = Pattern.compile("^\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})").matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    int month =
        List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
                .indexOf(m.group(2).toUpperCase(Locale.ROOT))
            + 1;
    return Optional.of(
        PubDate.day(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
  }
}
