package org.morgue.indexer.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the format of a file: by its extension (after a {@code .gz}) when the extension is one we
 * read, otherwise by sniffing its first bytes. A file neither tells apart is unknown: we never guess,
 * because reading a binary or foreign file as text would index garbage.
 */
public final class Formats {

  /** The format name reported for files that are skipped as unknown. */
  public static final String UNKNOWN = "unknown";
  /** How many leading (decompressed) bytes sniffing looks at. */
  public static final int SNIFF_BYTES = 4096;

  private static final Map<String, String> EXTENSIONS = Map.of(
      "txt", PlainTextReader.FORMAT,
      "jsonl", JsonLinesReader.FORMAT,
      "ndjson", JsonLinesReader.FORMAT,
      "csv", CsvReader.FORMAT,
      "sgm", SgmlReader.FORMAT,
      "sgml", SgmlReader.FORMAT,
      "html", HtmlReader.FORMAT,
      "htm", HtmlReader.FORMAT,
      "nitf", NitfReader.FORMAT,
      "warc", WarcFileReader.FORMAT);
  /** {@code .xml} says nothing of the vocabulary: NITF and NewsML-G2 are told apart by their root. */
  private static final Pattern ROOT_ELEMENT = Pattern.compile(
      "\\A(?:\\s*(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>))*\\s*<([A-Za-z_][\\w.:-]*)",
      Pattern.DOTALL);

  /** What each format is, for the help text; every reader must have a line here. */
  private static final Map<String, String> DESCRIPTIONS = Map.of(
      PlainTextReader.FORMAT, "scraped plain text, one story a file",
      JsonLinesReader.FORMAT, "JSON Lines, one story an object",
      CsvReader.FORMAT, "CSV with a header row, one story a row",
      SgmlReader.FORMAT, "Reuters-21578 SGML",
      HtmlReader.FORMAT, "web pages (the article is extracted)",
      NitfReader.FORMAT, "NITF XML (also .xml with an <nitf> root)",
      NewsMlReader.FORMAT, "NewsML-G2 XML (.xml with a <newsItem> or <newsMessage> root)",
      WarcFileReader.FORMAT, "WARC web archives (their HTML responses)");

  private final Map<String, FormatReader> readers = new LinkedHashMap<>();

  /** @param readers one reader per format name */
  public Formats(List<FormatReader> readers) {
    for (FormatReader reader : readers) {
      if (this.readers.putIfAbsent(reader.format(), reader) != null) {
        throw new IllegalArgumentException("two readers for format " + reader.format());
      }
    }
  }

  /**
   * One line per format read, in reading order, with the file names that select it: the list in
   * {@code morgue index --help}, made from the readers so it cannot leave one out.
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (String format : readers.keySet()) {
      List<String> names = EXTENSIONS.entrySet().stream()
          .filter(e -> e.getValue().equals(format))
          .map(e -> "." + e.getKey())
          .sorted()
          .toList();
      String description = DESCRIPTIONS.get(format);
      if (description == null) {
        throw new IllegalStateException(
            "format " + format + " has no description for the help text");
      }
      lines.add(String.format(
          Locale.ROOT, "%-7s %-14s %s", format, String.join(" ", names), description));
    }
    return lines;
  }

  /** The reader for a file, or empty when its format is unknown. */
  public Optional<FormatReader> readerFor(Path file, byte[] head) {
    return detect(file, head).map(readers::get);
  }

  /** The reader its name alone selects, before any byte is read (a broken file still gets its format). */
  Optional<FormatReader> readerByName(Path file) {
    return Optional.ofNullable(EXTENSIONS.get(Inputs.extension(file))).map(readers::get);
  }

  /**
   * The format name of a file from its name and first bytes.
   *
   * @param file the path as on disk ({@code .gz} included)
   * @param head its first bytes after decompression (up to {@link #SNIFF_BYTES})
   */
  public static Optional<String> detect(Path file, byte[] head) {
    String byName = EXTENSIONS.get(Inputs.extension(file));
    return byName != null ? Optional.of(byName) : sniff(head);
  }

  /**
   * JSON object first → JSON Lines; a Reuters doctype or element → SGML; a WARC version line → WARC;
   * an XML or HTML root element we know → its format; a header of known fields → CSV.
   */
  static Optional<String> sniff(byte[] head) {
    String text = Encodings.stripBom(new String(head, StandardCharsets.UTF_8)).stripLeading();
    if (text.startsWith("{")) {
      return Optional.of(JsonLinesReader.FORMAT);
    }
    if (text.startsWith("<!DOCTYPE lewis") || text.startsWith("<REUTERS")) {
      return Optional.of(SgmlReader.FORMAT);
    }
    if (text.startsWith("WARC/1.")) {
      return Optional.of(WarcFileReader.FORMAT);
    }
    Optional<String> markup = byRootElement(text);
    if (markup.isPresent()) {
      return markup;
    }
    if (looksLikeCsvHeader(text)) {
      return Optional.of(CsvReader.FORMAT);
    }
    return Optional.empty();
  }

  /** {@code <nitf>} → NITF, {@code <newsItem>}/{@code <newsMessage>} → NewsML-G2, {@code <html>} → HTML. */
  private static Optional<String> byRootElement(String text) {
    if (text.regionMatches(true, 0, "<!DOCTYPE html", 0, 14)) {
      return Optional.of(HtmlReader.FORMAT);
    }
    Matcher m = ROOT_ELEMENT.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String name = m.group(1);
    String local = name.substring(name.indexOf(':') + 1);
    return switch (local) {
      case "nitf" -> Optional.of(NitfReader.FORMAT);
      case "newsItem", "newsMessage" -> Optional.of(NewsMlReader.FORMAT);
      default -> local.equalsIgnoreCase("html") ? Optional.of(HtmlReader.FORMAT) : Optional.empty();
    };
  }

  private static boolean looksLikeCsvHeader(String text) {
    int end = text.indexOf('\n');
    if (end < 0) {
      return false;
    }
    List<String> cells = Arrays.stream(text.substring(0, end).split(",", -1))
        .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
        .toList();
    boolean hasContent =
        cells.stream().anyMatch(c -> InputFields.BODY.contains(c) || InputFields.TITLE.contains(c));
    return cells.size() >= 2 && hasContent;
  }
}
