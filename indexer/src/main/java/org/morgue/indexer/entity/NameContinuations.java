package org.morgue.indexer.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the tagger leaves off the end of a name because they are written in lower case.
 *
 * <p>The CoNLL model keys on capitals, so it ends a name at a lower-case word that belongs to it:
 * <ul>
 *   <li>the Arabic article: "Asaib Ahl al-Haq" is tagged "Asaib Ahl". A person's or an
 *       organization's name directly followed by an "al-" or "el-" word with a capital after the
 *       hyphen is extended over it; a hyphenated particle in lower case starts no English word.
 *   <li>a generic organization noun: "the Badr organization" is tagged "Badr" (as a place). Such a
 *       noun is not always part of the name ("the Hamas movement" is Hamas), so the span is not
 *       extended; the longer name is recorded as the mention's alias and the archive pass joins the
 *       two when other stories use it as a name ({@link AliasPairs}: the name more stories use wins).
 *   <li>a name the tagger called a person followed by "movement", "party", "front", "militia",
 *       "faction" or "rebels", or by a legal form ("and Co Ltd"), is an organization's name
 *       ({@link #isOrganizationHead}).
 * </ul>
 */
final class NameContinuations {

  private static final Pattern ARTICLE =
      Pattern.compile("^ (?:al|el)[-\u2010]\\p{Lu}[\\p{L}\\p{M}'\u2019]*");
  private static final Pattern ORGANIZATION_NOUN =
      Pattern.compile("^\\s+(organization|organisation|movement|party|front)(?![\\p{L}\\p{N}])");

  // Nouns that make the name before them an organization's ("the Asaib Ahl al-Haq militia"): the
  // 3-class model calls unfamiliar organization names people, but no person is a militia or a
  // party.
  // Not "organization": "the Trump organization" is a person's company, and the person stays.
  private static final Pattern ORGANIZATION_HEAD = Pattern.compile(
      "^\\s+(?:movement|party|front|militia|militias|faction|guerrillas|rebels)(?![\\p{L}\\p{N}])");

  // A company's legal form after the name: "Samuel Montagu and Co Ltd" (a London bank the tagger
  // called a person in 18 Reuters-21578 stories), "Smith Inc". Capitalised as written: "and
  // co-author"
  // is no firm.
  private static final Pattern LEGAL_FORM =
      Pattern.compile("^,?\\s+(?:(?:and|&)\\s+(?:Co|Company|Sons|Partners)(?![\\p{L}\\p{N}])"
          + "|(?:Inc|Ltd|Corp|Corporation|Plc|PLC|Co|Cos|Limited|Incorporated|LLC|AG|GmbH)(?![\\p{L}\\p{N}])"
          // A stock ticker in Reuters company markup ("PHILLIPS <P> RAISES CRUDE"): only companies
          // have one.
          + "|<[\\p{Lu}\\p{N}&]{1,6}(?:[. ][\\p{Lu}]{1,2})?>)");

  // A lower-case place noun and "of" before the name: "the port of Santos" (Brazil's coffee port, a
  // person to the tagger in 8 Reuters-21578 stories), "the city of Basra". No person is a port.
  private static final Pattern PLACE_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}])(?:port|city|town|province|island|harbour|harbor) of\\s+$");

  private NameContinuations() {}

  /** True when a lower-case place noun and "of" stand right before the span ("the port of"). */
  static boolean isPlaceTail(StoryText text, Span span) {
    String field = text.field(span);
    return PLACE_BEFORE
        .matcher(field)
        .region(Math.max(0, span.start() - 20), span.start())
        .find();
  }

  /**
   * True when the span is followed by a lower-case noun only organizations take ("militia") or by
   * a company's legal form ("and Co Ltd").
   */
  static boolean isOrganizationHead(StoryText text, Span span) {
    String field = text.field(span);
    return ORGANIZATION_HEAD.matcher(field).region(span.end(), field.length()).lookingAt()
        || LEGAL_FORM.matcher(field).region(span.end(), field.length()).lookingAt();
  }

  /** The span extended over a following "al-X" word, for people and organizations; else the span. */
  static Span extendArticle(StoryText text, EntityType type, Span span) {
    if (type == EntityType.PLACE) {
      return span;
    }
    String field = text.field(span);
    Matcher m = ARTICLE.matcher(field).region(span.end(), field.length());
    return m.lookingAt() ? new Span(span.inTitle(), span.start(), m.end()) : span;
  }

  /** The key of the name followed by a lower-case organization noun ("badr organization"); empty if none. */
  static Optional<String> organizationAlias(StoryText text, Span span, String surface) {
    String field = text.field(span);
    Matcher m = ORGANIZATION_NOUN.matcher(field).region(span.end(), field.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(
        Canonicalizer.key(EntityType.ORG, surface + " " + m.group(1).toLowerCase(Locale.ROOT)));
  }
}
