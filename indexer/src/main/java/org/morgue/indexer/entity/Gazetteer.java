package org.morgue.indexer.entity;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names that are places: countries (the JDK's English names, read from its locale data, and the
 * short and former forms of the bundled {@code places.tsv}), US states with their AP
 * abbreviations, and capitals and large cities. The table's source and format are in its header.
 *
 * <p>The tagger and the archive vote both get some of these wrong on wire copy: the 4-class model
 * made "Philippines" an organization in all of its 126 Reuters-21578 stories, and the archive-wide
 * type vote turned cities into organizations because sports teams carry their names. A country or a
 * state is therefore always a place; a city is a place in the archive vote, but a story whose own
 * mentions call it an organization keeps that reading (see {@link ArchiveNames}).
 */
public final class Gazetteer {

  /** Classpath location of the bundled table. */
  public static final String RESOURCE = "org/morgue/indexer/entity/places.tsv";

  /** What kind of place a name is. */
  public enum Kind {
    COUNTRY,
    STATE,
    CITY
  }

  /** A place a key stands for: its canonical key, display form and kind. */
  public record Place(String key, String display, Kind kind) {}

  // "Myanmar (Burma)", "Hong Kong SAR China": the JDK's qualifiers are not how news copy writes
  // them.
  private static final Pattern JDK_QUALIFIER = Pattern.compile("\\s*\\(.*\\)|\\s+SAR China$");

  private final Map<String, Place> byKey;

  private Gazetteer(Map<String, Place> byKey) {
    this.byKey = byKey;
  }

  /** The bundled table with the JDK's country names; read once per JVM (it is immutable). */
  public static Gazetteer bundled() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    static final Gazetteer TABLE = load();
  }

  private static Gazetteer load() {
    Map<String, Place> byKey = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = JDK_QUALIFIER
          .matcher(Locale.of("", code).getDisplayCountry(Locale.ENGLISH))
          .replaceAll("")
          .replace(" & ", " and ");
      String key = NameKeys.fold(name);
      byKey.put(key, new Place(key, name, Kind.COUNTRY));
    }
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("place gazetteer not on the classpath: " + RESOURCE);
    }
    TabTable.read(
        new InputStreamReader(in, StandardCharsets.UTF_8),
        RESOURCE,
        3,
        "NAME<TAB>CANONICAL<TAB>KIND",
        (cols, where) -> {
          Kind kind = Kind.valueOf(cols[2].strip().toUpperCase(Locale.ROOT));
          String canonical = NameKeys.fold(cols[1].strip());
          Place place = new Place(canonical, cols[1].strip(), kind);
          // The table's own forms win over the JDK's names ("Turkiye" is Turkey in news copy).
          byKey.put(NameKeys.fold(cols[0].strip()), place);
          byKey.putIfAbsent(canonical, place);
        });
    return new Gazetteer(Map.copyOf(byKey));
  }

  /** The place a folded key stands for, or null. */
  public Place place(String key) {
    return byKey.get(key);
  }

  /** True for a country or a state: always a place. */
  public boolean pinned(String key) {
    Place p = byKey.get(key);
    return p != null && p.kind() != Kind.CITY;
  }

  /** The one country among a story's place keys; null for none or several. */
  String onlyCountry(List<String> placeKeys) {
    String found = null;
    for (String key : placeKeys) {
      Place p = byKey.get(key);
      if (p != null && p.kind() == Kind.COUNTRY) {
        if (found != null && !found.equals(p.key())) {
          return null;
        }
        found = p.key();
      }
    }
    return found;
  }
}
