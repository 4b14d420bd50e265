package org.morgue.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A shared corpus the harness knows: its short name, where it lies and its committed query set. */
public enum Corpus {
  R21K("21k", "reuters21578/sgm-data", "reuters21578", "Reuters-21578 (1987 newswire)"),
  R106K(
      "106k",
      "reuters-news-2006-2013",
      "reuters-news-2006-2013",
      "Reuters news 2006-2013 (full text)"),
  H115M(
      "1.15m",
      "reuters-headlines-2015-2016",
      "reuters-headlines-2015-2016",
      "Reuters headlines 2015-2016");

  private final String shortName;
  private final String folder;
  private final String querySet;
  private final String title;

  Corpus(String shortName, String folder, String querySet, String title) {
    this.shortName = shortName;
    this.folder = folder;
    this.querySet = querySet;
    this.title = title;
  }

  public String shortName() {
    return shortName;
  }

  public String querySet() {
    return querySet;
  }

  public String title() {
    return title;
  }

  /** The corpus's input folder under {@code corpora}, when it is there. */
  public Optional<Path> input(Path corpora) {
    Path path = corpora.resolve(folder);
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }

  /** The corpus of a short name ({@code 21k}, {@code 106k}, {@code 1.15m}). */
  public static Corpus of(String shortName) {
    for (Corpus c : values()) {
      if (c.shortName.equalsIgnoreCase(shortName)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown corpus '" + shortName + "'; known: "
        + List.of(values()).stream().map(Corpus::shortName).toList());
  }
}
