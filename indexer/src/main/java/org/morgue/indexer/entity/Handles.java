package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.entity.Canonicalizer.Named;

/**
 * Social-media handles ({@code @name}), which the CRF never tags. A handle says nothing of its
 * owner's type (people, organizations and places all have accounts), so it is never an entity of
 * its own; it joins the entity it belongs to, as a mention and as an alias ({@code @name}, so a handle
 * never collides with a name's key), when
 * <ul>
 *   <li>it directly follows a tagged name: "Donald Trump (@realDonaldTrump)", "Reuters @Reuters",
 *       "the mayor, Sadiq Khan, @SadiqKhan"; or
 *   <li>its letters are the letters of one entity of the story ("@NATO", "@WashingtonPost" beside
 *       "Washington Post").
 * </ul>
 * A handle that meets neither condition is left out: guessing its type would put junk in the facets.
 */
final class Handles {

  // Twitter's rule: 1-15 letters, digits and underscores; not preceded by a word character
  // (e-mail addresses such as desk@example.com are not handles).
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@(\\w{1,15})(?!\\w)");
  private static final Pattern JOINING_GAP = Pattern.compile("\\s*[(,]?\\s*");

  private Handles() {}

  static List<Named> link(StoryText text, List<Named> named) {
    List<Named> added = new ArrayList<>();
    for (boolean inTitle : new boolean[] {true, false}) {
      String field = inTitle ? text.title() : text.body();
      if (field.indexOf('@') < 0) {
        continue;
      }
      Matcher m = HANDLE.matcher(field);
      while (m.find()) {
        Named owner = owner(field, inTitle, m, named);
        if (owner != null) {
          String handle = "@" + m.group(1).toLowerCase(Locale.ROOT);
          added.add(new Named(
              owner.type(), new Span(inTitle, m.start(), m.end()), m.group(), owner.key(), handle));
        }
      }
    }
    if (added.isEmpty()) {
      return named;
    }
    List<Named> out = new ArrayList<>(named);
    out.addAll(added);
    return out;
  }

  private static Named owner(String field, boolean inTitle, Matcher handle, List<Named> named) {
    for (Named n : named) {
      if (n.span().inTitle() == inTitle
          && n.span().end() <= handle.start()
          && JOINING_GAP
              .matcher(field.substring(n.span().end(), handle.start()))
              .matches()) {
        return n;
      }
    }
    String letters = handle.group(1).toLowerCase(Locale.ROOT).replace("_", "");
    Named found = null;
    for (Named n : named) {
      if (n.key().replace(" ", "").equals(letters)) {
        if (found != null && !found.key().equals(n.key())) {
          return null;
        }
        found = n;
      }
    }
    return found;
  }
}
