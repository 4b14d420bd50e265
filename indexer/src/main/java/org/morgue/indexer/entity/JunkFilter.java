package org.morgue.indexer.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules that keep tagger noise out of the facets. Each rule is here because the CRF produces that
 * kind of span on news copy; the list is small on purpose and every rule is explained.
 */
final class JunkFilter {

  // Sentence-initial pronouns are sometimes tagged PERSON ("He said"); never names.
  private static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "he", "him", "his", "she", "her", "hers", "it", "its", "we", "our", "they",
      "them", "their", "you", "your", "this", "that", "these", "those", "who", "whom");

  // Picture agencies appear only in photo credits ("Photo: Getty Images"): never an entity,
  // whatever the tag, even when the tagger runs the credit into the next line's first word.
  private static final Set<String> PICTURE_CREDITS = Set.of(
      "getty images",
      "getty",
      "shutterstock",
      "alamy",
      "afp photo",
      "ap photo",
      "epa",
      "pa images",
      "pa wire",
      "reuters pictures");

  // News agencies are real organizations ("told Reuters"), but as a PERSON they are a byline or a
  // credit ("-Reuters", "(Reuters)"): dropped for that type only. "Reuter" is the agency's own
  // name on its 1980s wire ("REUTER" signs off every Reuters-21578 story).
  private static final Set<String> AGENCIES = Set.of(
      "reuters",
      "reuter",
      "afp",
      "ap",
      "associated press",
      "agence france presse",
      "xinhua",
      "upi",
      "bloomberg",
      "cnn",
      "bbc");

  // "THAIER AL-SUDANI/REUTERS": a photographer's credit, the name and then "/AGENCY".
  private static final Pattern SLASH_CREDIT = Pattern.compile(
      "^[\\p{L}\\p{M} .'’-]*/\\s*(?:reuters|afp|ap|getty|epa|xinhua|anadolu|ansa)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // Month abbreviations head the columns of wire tables ("APR", "MAR") and date lines; the tagger
  // took them for organizations. Full month names are junk only in capitals (a table header), since
  // "May" and "June" are also names.
  private static final Set<String> MONTH_ABBREVIATIONS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> MONTHS = Set.of(
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december");
  // Economic figures the tagger reads as organizations ("4.5 pct of GNP": an org in 57
  // Reuters-21578
  // stories): national-accounts and price-index acronyms, never a body that acts.
  private static final Set<String> ECONOMIC_FIGURES =
      Set.of("gnp", "gdp", "cpi", "ppi", "rpi", "pce");
  // Adjectives of government the tagger reads as an organization on their own ("Congressional
  // leaders": 33 Reuters-21578 stories); the bodies they qualify are named in full elsewhere.
  private static final Set<String> ADJECTIVES = Set.of(
      "congressional",
      "parliamentary",
      "ministerial",
      "presidential",
      "legislative",
      "governmental");
  // Columns: a run of three or more spaces between two non-space characters.
  private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}(?=\\S)");
  private static final Pattern NUMBER = Pattern.compile("\\d");

  private JunkFilter() {}

  /**
   * True for a line laid out in columns with figures in it, a wire table's header or row
   * ("Shr   1.20 dlrs   vs   1.10"): what the tagger finds there are column heads, not names.
   */
  static boolean isTableLine(String line) {
    if (line.indexOf("   ") < 0) {
      return false;
    }
    java.util.regex.Matcher gaps = COLUMN_GAP.matcher(line.strip());
    int count = 0;
    while (gaps.find()) {
      count++;
    }
    return count >= 2 && NUMBER.matcher(line).find();
  }

  /**
   * @param type the tagged type
   * @param surface the mention's text (titles already stripped)
   * @param key its folded key
   * @param restOfLine the text after the mention up to the end of its line
   * @return true when the mention must not become an entity
   */
  static boolean isJunk(EntityType type, String surface, String key, String restOfLine) {
    // Fewer than two letters or digits ("A", "J."): initials and stray capitals, not names.
    if (key.length() < 2 || key.codePoints().noneMatch(Character::isLetter)) {
      return true;
    }
    // The CoNLL model keys on capitalisation; an all-lowercase span is a tagging accident.
    if (surface.codePoints().noneMatch(Character::isUpperCase)) {
      return true;
    }
    boolean allCaps = surface.codePoints().noneMatch(Character::isLowerCase);
    if (MONTH_ABBREVIATIONS.contains(key)
        || (allCaps && MONTHS.contains(key))
        || ECONOMIC_FIGURES.contains(key)
        || (type == EntityType.ORG && ADJECTIVES.contains(key))) {
      return true;
    }
    // "Co", "Ltd" and "Inc" alone: the tagger cut a company's legal form off its name.
    if (OrgNames.LEGAL_FORMS.contains(key)) {
      return true;
    }
    if (!allCaps && PRONOUNS.contains(key)) {
      return true;
    }
    if (isCredit(key)) {
      return true;
    }
    if (type == EntityType.PERSON && (AGENCIES.contains(key) || PersonTitles.isOnlyTitle(key))) {
      return true;
    }
    return SLASH_CREDIT.matcher(restOfLine).find();
  }

  private static boolean isCredit(String key) {
    for (String credit : PICTURE_CREDITS) {
      if (key.equals(credit) || key.startsWith(credit + " ")) {
        return true;
      }
    }
    return false;
  }
}
