package org.morgue.indexer.read;

import java.nio.file.Path;
import java.util.Locale;

/** Names derived from an input path: the format extension, the id stem and location strings. */
final class Inputs {

  static final String GZIP_SUFFIX = ".gz";

  private Inputs() {}

  /** The file name without a trailing {@code .gz}: {@code stories.ndjson.gz} gives {@code stories.ndjson}. */
  static String logicalName(Path file) {
    String name = String.valueOf(file.getFileName());
    return isGzip(file) ? name.substring(0, name.length() - GZIP_SUFFIX.length()) : name;
  }

  static boolean isGzip(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
  }

  /** Lower-case extension of the logical name, without the dot; empty when there is none. */
  static String extension(Path file) {
    String name = logicalName(file);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The logical name without its extension: {@code 000_079d92a754481f4e.txt} gives
   * {@code 000_079d92a754481f4e}, {@code stories.ndjson.gz} gives {@code stories}.
   */
  static String stem(Path file) {
    String name = logicalName(file);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  static String line(Path file, long line) {
    return file + ":" + line;
  }

  static String record(Path file, long record, long line) {
    return file + "#record " + record + " (line " + line + ")";
  }

  /** A size limit in words: {@code 50 MB}, or bytes when it is not a whole number of megabytes. */
  static String megabytes(long bytes) {
    long mb = 1024L * 1024;
    return bytes % mb == 0 ? String.format(Locale.ROOT, "%d MB", bytes / mb) : bytes + " bytes";
  }
}
