package org.morgue.indexer.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Every rule that recognises page furniture in scraped text, in one place. A line rule drops a whole
 * line when the entire line matches (so a sentence that merely mentions "cookies" or "log in" stays);
 * a tail rule cuts furniture glued to the end of a line of story text. Rules describe classes of
 * furniture (prompts, controls, navigation headings, credits), not strings from one page.
 */
final class Furniture {

  /**
   * A named pattern; the name says which class of furniture it removes. {@code applies} is a cheap
   * test (a length bound, a character the pattern needs) run first, because every rule is tried on
   * every line of every story.
   */
  record Rule(String name, Pattern pattern, Predicate<String> applies) {
    boolean matches(String line) {
      return applies.test(line) && pattern.matcher(line).matches();
    }
  }

  /** Furniture lines are short; only a cookie notice runs long. */
  private static Predicate<String> atMost(int chars) {
    return line -> line.length() <= chars;
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Whole-line furniture. */
  static final List<Rule> LINES = List.of(
      // Paywall and login prompts: "Please log in or register with for free access to this
      // article.",
      // "Log In", "Already a subscriber? Sign in", "Subscribe to continue reading."
      rule(
          "login",
          atMost(200),
          "(?:already (?:a )?(?:subscriber|member|registered)\\?\\s*)?(?:please\\s+)?"
              + "(?:log|sign)\\s*(?:in|on|up)(?:\\s+or\\s+(?:register|subscribe|sign\\s*up|create an account))?"
              + "(?:\\s+(?:with|for|to|now|here)\\b[^.!?]{0,80})?[.!]?"
              + "|(?:subscribe|register)(?: now)?(?: (?:to|for) (?:continue|read|free|full|unlimited)[^.!?]{0,60})?[.!]?"
              + "|create (?:a|your) (?:free )?account[^.!?]{0,60}[.!]?"),
      // Cookie and consent notices: the site speaking about its own cookies ("We and our partners
      // use
      // cookies ... cookie policy ... Manage Settings"); a story about cookie law does not say
      // this.
      rule(
          "cookies",
          Furniture::mentionsCookies,
          "(?=.*\\bcookies?\\b)(?=.*\\b(?:cookie (?:policy|settings|preferences)|manage settings"
              + "|accept (?:all )?cookies|you (?:agree|accept|consent)|we(?: and our partners)? use cookies"
              + "|this (?:web)?site uses cookies)\\b).*"),
      // Page controls that scrapers keep as text: "Show More", "Back to top button", "Loading...".
      rule(
          "controls",
          atMost(40),
          "(?:show|read|see|view|load) (?:more|less|all)(?: stories| articles| comments)?"
              + "|loading(?:\\.{3}|…)?|back to top(?: button)?|scroll to top|skip to (?:main )?content"
              + "|advertisement|sponsored(?: content)?|print|close|menu|toggle navigation|\\d+ comments?"
              + "|comments?|(?:image|photo|picture|slide) \\d+ (?:of|/) \\d+"),
      // Share buttons, alone or in a row: "Share", "Facebook Twitter WhatsApp Email".
      rule(
          "share",
          atMost(120),
          "(?:share(?: this(?: article| story| page)?)?(?: on)?\\s*)?"
              + "(?:(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|email|e-mail"
              + "|copy link|tweet)\\s*)*|share(?: this(?: article| story| page)?)?"),
      // Newsletter promotions: "Today's news headlines, directly to your inbox every morning."
      rule(
          "newsletter",
          atMost(200),
          "(?=.{0,200}$)(?:.*\\b(?:to|in|into) your inbox\\b.*"
              + "|.*\\bsign up (?:for|to) (?:our|the)\\b.*\\bnewsletters?\\b.*"
              + "|.*\\bsubscribe to (?:our|the)\\b.*\\bnewsletters?\\b.*)"),
      // Navigation headings that introduce a list of links: "Also in World News", "More from
      // Politics",
      // "Related stories". At most a short section name may follow, and no sentence punctuation.
      rule(
          "navigation",
          atMost(60),
          "(?:also in|more (?:from|in|on|about)|more stories(?: from)?"
              + "|related(?: stories| articles| content| coverage| topics| links| news)?(?: from| in| on)?"
              + "|most (?:read|popular|viewed|shared)(?: in)?|latest (?:news|stories|headlines)(?: from| in)?"
              + "|top stories(?: in)?"
              + "|follow us(?: on)?)(?:\\s+[\\p{L}&'’-]+){0,4}"),
      // Stand-alone rubric labels: "Editors Choice", "Trending Now", "Recommended for you".
      rule(
          "rubric",
          atMost(40),
          "editors?['’]?s?['’]? (?:choice|picks?)|trending(?: now| stories)?"
              + "|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|what to read next"
              + "|don['’]?t miss|read (?:also|next)|in pictures|watch(?: live| now| video)?|listen(?: now)?"
              + "|breaking news|live updates"),
      // Icon glyphs left as text: a lone letter ("f" for Facebook) or a line of only symbols ("|",
      // "•").
      rule("glyph", atMost(200), "\\p{L}|[\\p{P}\\p{S}\\s]+"),
      // A photo credit alone on its line: "THAIER AL-SUDANI/REUTERS", "Photo: Getty Images".
      rule(
          "credit",
          atMost(100),
          "(?-i:\\p{Lu}[\\p{Lu}'’.\\- ]+/\\s*\\p{Lu}[\\p{L}. ]{1,40})"
              + "|(?:photo(?:graph)?|picture|image|credit|photo credit)s?\\s*:\\s*[^.!?]{2,60}"));

  /** Furniture glued to the end of a line that is otherwise story text. */
  static final List<Rule> TAILS = List.of(
      // Photo credit after a caption: "... amid fury over US air strikes. Photo: Getty Images".
      rule(
          "photo credit",
          line -> line.indexOf(':') >= 0,
          "(?<=[.!?\"”’)])\\s+(?:\\(\\s*)?(?:photo(?:graph)?|picture|image|credit|photo credit)s?"
              + "\\s*:\\s*[\\p{L}\\p{N}&.,'’/ -]{2,60}?\\)?$"),
      // Agency credit in capitals after a caption: "... December 31, 2019. THAIER
      // AL-SUDANI/REUTERS".
      rule(
          "agency credit",
          line -> line.indexOf('/') >= 0,
          "(?-i:(?<=[.!?\"”’)])\\s+\\p{Lu}[\\p{Lu}'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]*){0,3}"
              + "\\s*/\\s*\\p{Lu}[\\p{L}.]*(?:\\s+(?:via\\s+)?\\p{Lu}[\\p{L}.]*){0,3})$"),
      // A loading indicator scraped onto the end of a line: " date 2019-12-31 Loading...".
      rule(
          "loading",
          line -> line.endsWith("...") || line.endsWith("…"),
          "\\s+loading(?:\\.{3}|…)$"));

  private Furniture() {}

  /** The name of the line rule that makes {@code line} furniture, or empty when it is story text. */
  static Optional<String> lineRule(String line) {
    for (Rule r : LINES) {
      if (r.matches(line)) {
        return Optional.of(r.name());
      }
    }
    return Optional.empty();
  }

  /** {@code line} with furniture tails cut off; never cuts a line down to nothing. */
  static String cutTails(String line) {
    String out = line;
    for (Rule r : TAILS) {
      if (!r.applies().test(out)) {
        continue;
      }
      String cut = r.pattern().matcher(out).replaceFirst("");
      if (!cut.isBlank()) {
        out = cut;
      }
    }
    return out;
  }

  private static Rule rule(String name, Predicate<String> applies, String regex) {
    return new Rule(name, Pattern.compile(regex, FLAGS), applies);
  }

  private static boolean mentionsCookies(String line) {
    return line.toLowerCase(Locale.ROOT).contains("cookie");
  }
}
