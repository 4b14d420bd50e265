package org.morgue.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the text of a scraped story into headline, body and dateline. This first version takes the
 * first non-blank line as the headline and keeps every other non-blank line as a paragraph.
 */
public final class PlainText {

  private PlainText() {}

  public static ParsedText parse(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        paragraphs.add(stripped);
      }
    }
    if (paragraphs.isEmpty()) {
      return new ParsedText("", "", Optional.empty(), "", "");
    }
    String title = paragraphs.get(0);
    String body = String.join("\n\n", paragraphs.subList(1, paragraphs.size()));
    return new ParsedText(title, body, Optional.empty(), "", "");
  }
}
