package org.morgue.indexer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.morgue.indexer.date.DateLine;
import org.morgue.indexer.date.DateLines;
import org.morgue.indexer.story.DatePrecision;
import org.morgue.indexer.story.PubDate;

/**
 * Turns the text of a scraped story into headline, body, dateline, byline and outlet. The text is
 * cleaned first ({@link TextCleaner}); then the lead of the story is read: a date line among the first
 * paragraphs, a headline, a byline just below it, and an outlet credit closing the last paragraph.
 * What is recognised as headline, date line, byline or credit leaves the body; everything else stays.
 * Deterministic and stateless.
 */
public final class PlainText {

  /** How many leading paragraphs may hold the date line or byline: beyond that it is story text. */
  private static final int LEAD = 3;
  /**
   * After a date, only a place may follow on a date line ("Sunday, January 5, 2019 Paris, France",
   * "December 31, 2019 — Baghdad"): capitalised words behind an optional separator.
   */
  private static final Pattern PLACE = Pattern.compile(
      "[-–—,|/:(]*\\s*\\p{Lu}[\\p{L}.'’-]*(?:[\\s,]+\\p{Lu}[\\p{L}.'’-]*){0,4}[\\s)–—:-]*");

  private PlainText() {}

  public static ParsedText parse(String text) {
    List<String> paragraphs = new ArrayList<>(TextCleaner.paragraphs(text));
    if (paragraphs.isEmpty()) {
      return new ParsedText("", "", Optional.empty(), "", "");
    }
    Optional<PubDate> published = takeDateLine(paragraphs);
    String title = takeTitle(paragraphs);
    String byline = takeByline(paragraphs);
    String source = takeOutlet(paragraphs);
    return new ParsedText(title, String.join("\n\n", paragraphs), published, byline, source);
  }

  /**
   * Looks for the date among the paragraphs that lead the story: headline-like lines and the first
   * paragraph of story text. A line that holds only the date (and perhaps a place) is removed; a date
   * opening a paragraph of story text is read but the paragraph is kept whole.
   */
  private static Optional<PubDate> takeDateLine(List<String> paragraphs) {
    for (int i = 0; i < Math.min(LEAD, paragraphs.size()); i++) {
      String p = paragraphs.get(i);
      Optional<DateLine> line = DateLines.match(p);
      if (line.isPresent()) {
        if (isDateOnly(line.get())) {
          paragraphs.remove(i);
        }
        return Optional.of(line.get().date());
      }
      if (!Headlines.looksLikeHeadline(p)) {
        break;
      }
    }
    return Optional.empty();
  }

  private static boolean isDateOnly(DateLine line) {
    String rest = line.rest();
    // "January 2019 sales surge" is a headline, not a dateline: a month alone must stand alone.
    if (line.date().precision() != DatePrecision.DAY) {
      return rest.isEmpty();
    }
    return rest.isEmpty() || PLACE.matcher(rest).matches();
  }

  /**
   * The first paragraph is the headline when it reads like one and story text follows; otherwise the
   * story has no headline of its own and the title is derived from its first sentence, which stays
   * in the body. A second headline-like line (a deck or subtitle) stays in the body.
   */
  private static String takeTitle(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "";
    }
    String first = paragraphs.get(0);
    if (paragraphs.size() > 1 && Headlines.looksLikeHeadline(first)) {
      paragraphs.remove(0);
      return first;
    }
    return Headlines.fromFirstSentence(first);
  }

  private static String takeByline(List<String> paragraphs) {
    // The last paragraph is never a byline: a story needs text after its byline.
    int lead = Math.min(LEAD, paragraphs.size() - 1);
    if (lead <= 0) {
      return "";
    }
    Set<String> lowerCase = Credits.lowerCaseWords(paragraphs);
    for (int i = 0; i < lead; i++) {
      Optional<String> byline = Credits.byline(paragraphs.get(i), lowerCase);
      if (byline.isPresent()) {
        paragraphs.remove(i);
        return byline.get();
      }
    }
    return "";
  }

  private static String takeOutlet(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "";
    }
    int last = paragraphs.size() - 1;
    return Credits.outlet(paragraphs.get(last))
        .map(credit -> {
          if (credit.remaining().isEmpty()) {
            paragraphs.remove(last);
          } else {
            paragraphs.set(last, credit.remaining());
          }
          return credit.name();
        })
        .orElse("");
  }
}
