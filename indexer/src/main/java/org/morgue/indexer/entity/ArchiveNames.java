package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Canonical names across the whole archive, computed from every story's extracted entities (keys,
 * types, display forms and mention counts; never the text) and applied to each story before it is
 * written.
 *
 * <ul>
 *   <li>Alias pairs (an acronym beside its organization, "X, also known as Y", a handle after a
 *       name) join the two names in every story; of the two the one more stories use is canonical
 *       (see {@link AliasPairs}). Votes, links and display forms below count canonical names.
 *   <li>One type per key, by majority of mentions across the archive: a "Trump" tagged as a place
 *       inside one chant does not create a place facet value.
 *   <li>A person key left without a full form in its own story ("Trump" in a story that only says
 *       "President Trump") takes the full name ending with it that the most other stories use
 *       ("donald trump"), when that name is seen in at least {@value #MIN_STORIES} stories and in at
 *       least {@value #DOMINANCE} times as many stories as any other full name ending alike; "Miliband"
 *       with Ed and David both common stays as it is, and so does a surname that organizations' names
 *       start with in as many stories ("Phillips" Petroleum beside Susan Phillips).
 *   <li>A name qualified by a place ("Green Zone of Baghdad") is the bare name the archive also uses,
 *       when no other place qualifies it (see {@link PlaceQualifiers}).
 *   <li>Surnames joined by "and" that the archive confirms as a firm are that organization ("Phillips
 *       and Drew", see {@link FirmChains}).
 *   <li>An entity moved to another key shows that key's archive-wide display form.
 * </ul>
 */
public final class ArchiveNames {

  static final int MIN_STORIES = 2;
  // Display of an entity renamed to its canonical name while counting: its own spelling is not
  // one of the canonical name's spellings, so it is left out of the display vote.
  private static final String UNCOUNTED = "\u0000";
  // Three to one: a surname that is "James Baker" in 216 stories and "Howard Baker" in 15 is
  // James Baker; one that splits 30 to 20 is left alone rather than guessed.
  static final int DOMINANCE = 3;
  // Mentions a story needs to keep its own organization reading of a gazetteer place.
  static final int STORY_VOTE = 2;

  private final AliasPairs pairs;
  private final Map<String, EntityType> typeOf;
  private final Map<String, String> rootOf;
  private final Map<String, String> displayOf;
  // Key to the key it is archive-wide: a place-qualified name to its bare form (PlaceQualifiers),
  // a firm the tagger called a person and "U.S. X" to their organizations (OrgForms).
  private final Map<String, String> bareOf;
  // Candidate firms of surnames the archive confirms, with their weights (see FirmChains).
  private final Map<String, Integer> firms;

  private ArchiveNames(
      AliasPairs pairs,
      Map<String, EntityType> typeOf,
      Map<String, String> rootOf,
      Map<String, String> displayOf,
      Map<String, String> bareOf,
      Map<String, Integer> firms) {
    this.firms = firms;
    this.bareOf = bareOf;
    this.pairs = pairs;
    this.typeOf = typeOf;
    this.rootOf = rootOf;
    this.displayOf = displayOf;
  }

  /** Computes the archive's names from each story's entities (any order). */
  public static ArchiveNames compute(Iterable<List<Entity>> extracted) {
    AliasPairs pairs = AliasPairs.of(extracted);
    // Everything below counts canonical names: an alias's votes and stories go to its partner.
    Iterable<List<Entity>> stories = () -> StreamSupport.stream(extracted.spliterator(), false)
        .map(story -> canonical(pairs, story))
        .iterator();
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, Map<String, Integer>> displays = new HashMap<>();
    for (List<Entity> story : stories) {
      for (Entity e : story) {
        votes
            .computeIfAbsent(e.key(), k -> new EnumMap<>(EntityType.class))
            .merge(e.type(), Math.max(1, e.spans().size()), Integer::sum);
        if (!e.display().equals(UNCOUNTED)) {
          displays
              .computeIfAbsent(e.key(), k -> new HashMap<>())
              .merge(e.display(), 1, Integer::sum);
        }
      }
    }
    // Loops rather than a stream and comparator per key: there are 570k keys on 1.15M headlines,
    // and
    // this runs on one thread while the writers wait.
    Map<String, EntityType> typeOf = new HashMap<>(votes.size() * 2);
    Gazetteer places = Gazetteer.bundled();
    votes.forEach((key, byType) -> {
      EntityType voted = mostVoted(byType);
      // A gazetteer place never loses its type to the archive's vote (stories decide, see apply).
      typeOf.put(
          key, places.place(key) != null && voted == EntityType.ORG ? EntityType.PLACE : voted);
    });
    Map<String, String> renamed = new HashMap<>(PlaceQualifiers.of(typeOf.keySet(), typeOf));
    OrgForms.renames(stories, typeOf).forEach(renamed::putIfAbsent);
    Map<String, String> displayOf = new HashMap<>(displays.size() * 2);
    displays.forEach((key, forms) -> displayOf.put(key, mostUsed(forms)));
    Map<String, String> rootOf = link(stories, typeOf);
    Map<String, Integer> firms = FirmChains.firms(stories, typeOf, rootOf::containsKey);
    // Hash maps, not Map.copyOf: apply() looks keys up for every entity of every story, and the
    // immutable map's probing compared strings where a hash map first compares hash codes.
    return new ArchiveNames(
        pairs,
        Collections.unmodifiableMap(typeOf),
        Collections.unmodifiableMap(rootOf),
        Collections.unmodifiableMap(displayOf),
        Collections.unmodifiableMap(renamed),
        Collections.unmodifiableMap(firms));
  }

  /** The type with the most mentions; on a tie the first in declaration order. */
  private static EntityType mostVoted(Map<EntityType, Integer> byType) {
    EntityType best = null;
    int bestVotes = 0;
    for (Map.Entry<EntityType, Integer> e : byType.entrySet()) {
      if (best == null
          || e.getValue() > bestVotes
          || (e.getValue() == bestVotes && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestVotes = e.getValue();
      }
    }
    return best;
  }

  /** The display form most stories use; on a tie the alphabetically first. */
  private static String mostUsed(Map<String, Integer> forms) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> f : forms.entrySet()) {
      if (best == null
          || f.getValue() > bestCount
          || (f.getValue() == bestCount && f.getKey().compareTo(best) < 0)) {
        best = f.getKey();
        bestCount = f.getValue();
      }
    }
    return best;
  }

  /**
   * A story's entities under their canonical names. An entity renamed here shows the canonical
   * name's display only later, in {@link #apply}; its own display would count as a spelling of it.
   */
  private static List<Entity> canonical(AliasPairs pairs, List<Entity> story) {
    List<Entity> out = new ArrayList<>(story.size());
    for (Entity e : story) {
      String key = pairs.canonical(e.key());
      out.add(
          key.equals(e.key()) ? e : new Entity(e.type(), key, UNCOUNTED, e.spans(), e.aliases()));
    }
    return out;
  }

  /**
   * For each person key, the number of stories naming each longer person key that ends with it;
   * then, longest keys first (so "abdul mahdi" resolves before "mahdi"), the dominant root.
   */
  private static Map<String, String> link(
      Iterable<List<Entity>> stories, Map<String, EntityType> typeOf) {
    Map<String, Map<String, Integer>> fullForms = new HashMap<>();
    // Stories naming an organization whose first word is this word: "Phillips" Petroleum.
    Map<String, Integer> firmsStartingWith = new HashMap<>();
    for (List<Entity> story : stories) {
      Set<String> seen = new HashSet<>();
      for (Entity e : story) {
        EntityType type = typeOf.get(e.key());
        if (type == EntityType.PERSON && seen.add(e.key())) {
          for (String suffix : suffixes(e.key())) {
            fullForms.computeIfAbsent(suffix, k -> new HashMap<>()).merge(e.key(), 1, Integer::sum);
          }
        } else if (type == EntityType.ORG
            && e.key().indexOf(' ') > 0
            && seen.add("\u0000" + e.key().substring(0, e.key().indexOf(' ')))) {
          firmsStartingWith.merge(e.key().substring(0, e.key().indexOf(' ')), 1, Integer::sum);
        }
      }
    }
    List<String> partials = new ArrayList<>(fullForms.keySet().stream()
        .filter(k -> typeOf.get(k) == EntityType.PERSON)
        .toList());
    partials.sort(Comparator.comparingInt((String k) -> -tokens(k)).thenComparing(k -> k));
    Map<String, String> rootOf = new HashMap<>();
    for (String partial : partials) {
      Map<String, Integer> byRoot = new HashMap<>();
      fullForms
          .get(partial)
          .forEach((full, n) -> byRoot.merge(rootOf.getOrDefault(full, full), n, Integer::sum));
      List<Map.Entry<String, Integer>> ranked = byRoot.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .toList();
      int best = ranked.get(0).getValue();
      int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
      // A surname that companies' names start with in as many stories as the full name is not
      // that person's alone: bare "Phillips" is Phillips Petroleum as often as the CFTC's Susan
      // Phillips.
      boolean alsoAFirm =
          partial.indexOf(' ') < 0 && firmsStartingWith.getOrDefault(partial, 0) >= best;
      if (best >= MIN_STORIES && best >= DOMINANCE * second && !alsoAFirm) {
        rootOf.put(partial, ranked.get(0).getKey());
      }
    }
    return rootOf;
  }

  /** The proper word suffixes of a key: "qais al khazali" gives "al khazali" and "khazali". */
  private static List<String> suffixes(String key) {
    List<String> out = new ArrayList<>();
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      out.add(key.substring(i + 1));
    }
    return out;
  }

  private static int tokens(String key) {
    return key.split(" ").length;
  }

  /** Number of names that give way to another name they are paired with (acronyms, aliases, handles). */
  public int aliasedNames() {
    return pairs.size();
  }

  /** Number of partial person names that take a full name archive-wide. */
  public int linkedNames() {
    return rootOf.size();
  }

  /**
   * One story's entities with archive types and names.
   *
   * @return ordered by type, then first mention
   */
  public List<Entity> apply(List<Entity> marked) {
    List<Entity> story = FirmChains.apply(marked, firms, displayOf);
    List<Entity> typed = new ArrayList<>(story.size());
    Set<String> people = new HashSet<>();
    for (Entity e : story) {
      String key = bareOf.getOrDefault(pairs.canonical(e.key()), pairs.canonical(e.key()));
      EntityType type = typeOf.getOrDefault(key, e.type());
      // Where the gazetteer and the tagger disagree the story's own vote stands: "Los Angeles" is
      // the team in a sports story and the city elsewhere. A lone mention is no vote ("Washington
      // said" is the government, the place's metonym), nor does a person lose the archive's vote.
      // A country or a state is a place in every story: as an organization it is the government
      // ("Philippines" in all of its 126 Reuters-21578 stories with the 4-class model) or a team,
      // and its place facet is what a reader filters on.
      Gazetteer.Place place = e.type() == EntityType.ORG ? Gazetteer.bundled().place(key) : null;
      // A story that writes the name with a legal form ("Santos Ltd") means the company, whatever
      // the
      // archive votes for the bare name (Santos the port and the Ecuadorean minister were people).
      // So does a story that reads a one-word name as an organization two or more times: "Santos"
      // in the Australian oil company's own stories, beside the people the archive mostly means.
      if (e.type() == EntityType.ORG
          && type == EntityType.PERSON
          && (OrgNames.hasLegalForm(e.display())
              || (key.indexOf(' ') < 0 && e.spans().size() >= STORY_VOTE))) {
        type = EntityType.ORG;
      }
      if (place != null
          && place.kind() == Gazetteer.Kind.CITY
          && type == EntityType.PLACE
          && e.spans().size() >= STORY_VOTE) {
        type = EntityType.ORG;
      } else if (place != null && place.kind() != Gazetteer.Kind.CITY) {
        type = EntityType.PLACE;
      }
      typed.add(
          !key.equals(e.key())
              ? e.renamed(type, key, displayOf.getOrDefault(key, e.display()))
              : type == e.type() ? e : e.renamed(type, key, e.display()));
      if (type == EntityType.PERSON) {
        people.add(e.key());
      }
    }
    List<Entity> out = new ArrayList<>(typed.size());
    for (Entity e : typed) {
      String root = e.type() == EntityType.PERSON ? rootOf.get(e.key()) : null;
      // A story naming a longer form itself ("Ed Miliband" beside "Miliband") already decided.
      if (root == null || people.stream().anyMatch(p -> p.endsWith(" " + e.key()))) {
        out.add(e);
      } else {
        out.add(e.renamed(EntityType.PERSON, root, displayOf.getOrDefault(root, e.display())));
      }
    }
    return EntityMerge.merge(out);
  }
}
