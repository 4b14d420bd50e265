package org.morgue.indexer.clean;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Not a test: a throwaway survey that runs {@link PlainText#parse} over the BBC and Wikinews corpora in
 * {@code ../shared/corpora} and prints how many stories got a headline, a date, a byline and an outlet,
 * with every {@code n}-th result for reading by eye. Run from the indexer module with the test
 * classpath: {@code java -cp ... org.morgue.indexer.clean.CorpusSurvey ../../shared/corpora 200}.
 */
public final class CorpusSurvey {

  private CorpusSurvey() {}

  public static void main(String[] args) throws IOException {
    Path corpora = Path.of(args.length > 0 ? args[0] : "../../shared/corpora");
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    PrintStream out = System.out;
    if (!Files.isDirectory(corpora)) {
      out.println("no corpora at " + corpora.toAbsolutePath() + ": nothing to survey");
      return;
    }
    List<String> bbc = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpora.resolve("bbc-2004-2005"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        bbc.add(read(f));
      }
    }
    survey("BBC", bbc, every, out);
    List<String> wiki = new ArrayList<>();
    List<String> wikiWithTitle = new ArrayList<>();
    CSVFormat csv =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Stream<Path> files = Files.list(corpora.resolve("wikinews-2019-2020"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (CSVRecord rec : csv.parse(r)) {
            wiki.add(rec.get("text"));
            // The CSV's own date field checks the dateline we read from the text.
            String stated =
                PlainText.parse(rec.get("text")).published().map(d -> d.iso()).orElse("");
            if (!stated.isEmpty() && !stated.equals(rec.get("date"))) {
              out.println("dateline " + stated + " differs from field " + rec.get("date") + ": "
                  + rec.get("url"));
            }
            wikiWithTitle.add(rec.get("title") + "\n\n" + rec.get("text"));
          }
        }
      }
    }
    survey("Wikinews text", wiki, every / 8, out);
    survey("Wikinews title+text", wikiWithTitle, every / 8, out);
  }

  private static String read(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static void survey(String name, List<String> texts, int every, PrintStream out) {
    int headline = 0;
    int derived = 0;
    int dated = 0;
    int byline = 0;
    int source = 0;
    long start = System.nanoTime();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      ParsedText p = PlainText.parse(text);
      boolean own = !p.title().isEmpty() && !p.body().startsWith(stripEllipsis(p.title()));
      headline += own ? 1 : 0;
      derived += own || p.title().isEmpty() ? 0 : 1;
      dated += p.published().isPresent() ? 1 : 0;
      byline += p.byline().isEmpty() ? 0 : 1;
      source += p.source().isEmpty() ? 0 : 1;
      boolean odd = !own || !p.byline().isEmpty() || !p.source().isEmpty();
      if (odd || (every > 0 && i % every == 0)) {
        out.printf(
            Locale.ROOT,
            "--- %s #%d title=[%s] date=%s byline=[%s] source=[%s]%n    first=[%s]%n    last=[%s]%n",
            name,
            i,
            p.title(),
            p.published().map(d -> d.iso()).orElse("-"),
            p.byline(),
            p.source(),
            cut(p.body().split("\n\n")[0]),
            cut(last(p.body())));
      }
    }
    out.printf(
        Locale.ROOT,
        "%s: %d texts, %d own headline, %d derived title, %d dated, %d byline, %d source (%d ms)%n",
        name,
        texts.size(),
        headline,
        derived,
        dated,
        byline,
        source,
        (System.nanoTime() - start) / 1_000_000);
  }

  private static String stripEllipsis(String title) {
    return title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
  }

  private static String last(String body) {
    String[] ps = body.split("\n\n");
    return ps[ps.length - 1];
  }

  private static String cut(String s) {
    return s.length() > 140 ? s.substring(0, 140) + "…" : s;
  }
}
