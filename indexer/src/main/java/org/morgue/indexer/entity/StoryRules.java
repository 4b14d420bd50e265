package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last in-story rules, on a story's merged entities:
 * <ul>
 *   <li>a place's short form takes the gazetteer's name ("Calif." is California, "W. GERMANY" West
 *       Germany). A gazetteer name the story's tagger made an organization stays one here: on
 *       CoNLL-2003 making such countries places cost 0.5 points of F1 (national teams, governments);
 *       the archive vote never takes a gazetteer place's type away (see {@link ArchiveNames});
 *   <li>a generic organization name ("Finance Ministry", "Central Bank", "Bank") stands for no one
 *       body: it is qualified by the story's one country ("Finance Ministry (Japan)"), and in a story
 *       naming no country or several it is left out of the facets;
 *   <li>a place name that alone is several places ("Gulf") is no facet value;
 *   <li>a country named only inside another name ("Bank of Japan") or in words the tagger left out
 *       ("Iran-contra") is one of the story's places, without a mention of its own (see
 *       {@link ImpliedCountries});
 *   <li>a name only a capitals headline has ("FED SAYS", "EC OILS") is dropped unless the body names
 *       it too, in any case: the CoNLL model reads a capitals line as a row of names;
 *   <li>surnames joined by "and" are marked as a candidate firm for the archive to decide (see
 *       {@link FirmChains}).
 * </ul>
 */
final class StoryRules {

  // Place names that alone stand for no one place: Reuters-21578's "Gulf" (186 stories) is the
  // Persian Gulf, the US Gulf ports ("FOB Gulf" grain prices), the Gulf of Mexico and the first
  // word
  // of Gulf Canada or Gulf and Western. Qualified forms ("Persian Gulf", "U.S. Gulf") stay values.
  private static final Set<String> AMBIGUOUS_PLACES = Set.of("gulf");

  private StoryRules() {}

  static List<Entity> apply(StoryText text, List<Entity> entities) {
    Gazetteer places = Gazetteer.bundled();
    List<Entity> pinned = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      Gazetteer.Place p = places.place(e.key());
      pinned.add(
          p != null && e.type() == EntityType.PLACE && !p.key().equals(e.key())
              ? e.renamed(EntityType.PLACE, p.key(), p.display())
              : e);
    }
    List<String> placeKeys = pinned.stream()
        .filter(e -> e.type() == EntityType.PLACE)
        .map(Entity::key)
        .toList();
    Gazetteer.Place country = places.place(String.valueOf(places.onlyCountry(placeKeys)));
    List<Entity> out = new ArrayList<>(pinned.size());
    for (Entity e : pinned) {
      if (headlineOnly(text, e)
          || (e.type() == EntityType.PLACE && AMBIGUOUS_PLACES.contains(e.key()))) {
        continue;
      }
      if (e.type() == EntityType.ORG && OrgNames.isGeneric(e.key())) {
        if (country != null) {
          String display = e.display() + " (" + country.display() + ")";
          out.add(e.renamed(EntityType.ORG, NameKeys.fold(display), display));
        }
        continue;
      }
      out.add(e);
    }
    out.addAll(ImpliedCountries.of(text, out));
    return FirmChains.mark(text, EntityMerge.merge(out));
  }

  /** True when every mention is on an all-capitals title and the body never writes the name. */
  private static boolean headlineOnly(StoryText text, Entity e) {
    for (Span s : e.spans()) {
      if (!s.inTitle()) {
        return false;
      }
      String surface = text.of(s);
      if (surface.codePoints().anyMatch(Character::isLowerCase)
          || text.title().codePoints().anyMatch(Character::isLowerCase)) {
        return false;
      }
      if (containsWords(text.body(), surface)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsWords(String body, String words) {
    int n = words.length();
    for (int at = 0; at + n <= body.length(); at++) {
      if (body.regionMatches(true, at, words, 0, n)
          && (at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1)))
          && (at + n == body.length() || !Character.isLetterOrDigit(body.charAt(at + n)))) {
        return true;
      }
    }
    return false;
  }
}
