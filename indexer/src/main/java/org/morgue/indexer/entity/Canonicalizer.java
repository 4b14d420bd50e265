package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Merges one story's tagged mentions into entities: titles stripped from people, junk dropped
 * (and headline words the body writes in lower case, see {@link HeadlineWords}), spellings folded by {@link NameKeys#fold}, one type per key by majority vote, a bare surname
 * linked to the one full name in the story that ends with it, an all-capitals headline fragment
 * joined to the one name it is part of (see {@link HeadlineCaps}), and a readable display form.
 */
final class Canonicalizer {

  /**
   * A mention after stripping and filtering, with its text and key; {@code alias} is the key of the
   * name it was written as when a linking rule moved it to another name's key, else empty.
   */
  record Named(EntityType type, Span span, String surface, String key, String alias) {
    Named(EntityType type, Span span, String surface, String key) {
      this(type, span, surface, key, "");
    }

    /** This mention under another name's type and key, remembering its own key as an alias. */
    Named linkedTo(EntityType newType, String newKey) {
      return new Named(newType, span, surface, newKey, alias.isEmpty() ? key : alias);
    }

    /** True for a name written without lower-case letters ("BAKER"), as wire headlines are. */
    boolean allCaps() {
      return surface.codePoints().noneMatch(Character::isLowerCase);
    }
  }

  private static final Comparator<Span> TEXT_ORDER =
      Comparator.comparing((Span s) -> !s.inTitle()).thenComparingInt(Span::start);
  // Capitalised common nouns a story uses alone for an organization it has named in full.
  private static final Set<String> GENERIC_HEADS = Set.of(
      "embassy",
      "commission",
      "ministry",
      "department",
      "bank",
      "council",
      "fund",
      "court",
      "agency",
      "committee",
      "community",
      "board",
      "authority",
      "office");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // The tagger labels "Kataib" and "Hezbollah" apart in "Kataib's Hezbollah" or "Kataib -
  // Hezbollah":
  // the possessive or the dash splits the name. Only these gaps may be bridged (see joinSplits).
  private static final Pattern POSSESSIVE_GAP =
      Pattern.compile("['\u2019\u02BC]s\\s+|\\s+[-\u2010\u2013]\\s+");
  // A hyphen with no space around it joins two halves of one word: always one name.
  private static final Pattern HYPHEN_GAP = Pattern.compile("[-\u2010]");

  private Canonicalizer() {}

  /**
   * @param text the title and body the mentions point into
   * @param mentions every tagged span, any order
   * @return the entities ordered by type, then first mention
   */
  static List<Entity> canonicalize(StoryText text, List<Mention> mentions) {
    return canonicalize(text, mentions, key -> false);
  }

  /**
   * @param listed true for a key the curated alias table defines: such a name is left to the table
   *     rather than linked by a guess (see {@link Acronyms})
   */
  static List<Entity> canonicalize(
      StoryText text, List<Mention> mentions, Predicate<String> listed) {
    List<Named> named = new ArrayList<>();
    CompanyMarkup.apply(text, mentions).stream()
        .sorted(Comparator.comparing(Mention::span, TEXT_ORDER))
        .forEach(m -> {
          Span trimmed =
              NameContinuations.extendArticle(text, m.type(), trimSymbols(text, m.span()));
          Span span = m.type() == EntityType.PERSON ? PersonTitles.strip(text, trimmed) : trimmed;
          String surface = collapse(text.of(span));
          EntityType type = m.type() != EntityType.PERSON
              ? m.type()
              : NameContinuations.isOrganizationHead(text, span)
                  ? EntityType.ORG
                  : NameContinuations.isPlaceTail(text, span) ? EntityType.PLACE : m.type();
          String key = key(type, surface);
          if (!JunkFilter.isJunk(type, surface, key, text.restOfLine(span))
              && !JunkFilter.isTableLine(text.line(span))
              && !HeadlineWords.isCommonWord(text, span, surface)) {
            named.add(new Named(type, span, surface, key));
          }
        });
    List<Named> joined =
        HeadlineCaps.link(text, joinSplits(text, StoryNameSpans.widen(text, named)));
    joined = CompanyMarkup.linkTickers(text, joined);
    joined = Acronyms.link(joined, listed);
    joined = AlsoKnownAs.link(text, joined);
    joined = Handles.link(text, joined);
    TypeVote vote = TypeVote.of(joined);
    Map<String, String> rootOf = linkSurnames(joined.stream()
        .filter(n -> vote.typeOf(n) == EntityType.PERSON)
        .map(Named::key)
        .distinct()
        .toList());
    // The same for an organization written as its generic head noun: "Embassy" beside the story's
    // one
    // "U.S. Embassy" is that embassy (beside "U.S. Embassy" and "French Embassy" it stays as it
    // is).
    // Only such nouns: a name proper is not a shorter form of a longer one ("World Bank" is not
    // "IMF and World Bank", "Hezbollah" not "Kataib Hezbollah").
    Map<String, String> orgRootOf = linkSurnames(joined.stream()
        .filter(n -> vote.typeOf(n) == EntityType.ORG)
        .map(Named::key)
        .distinct()
        .toList());
    orgRootOf.keySet().retainAll(GENERIC_HEADS);
    // A short form is the story's one longer organization that starts with it: "Moody's" beside
    // "Moody's Investors Service Inc", "Bank" beside "Bank of England". A place name is not a short
    // form ("Iraq" the government beside "Iraq National Oil Co").
    // Nor is an acronym ("EC" beside "EC Commission"): Acronyms links those by their initials.
    Set<String> acronyms = new HashSet<>();
    joined.stream()
        .filter(n -> Acronyms.isAcronym(n.surface()))
        .forEach(n -> acronyms.add(n.key()));
    linkPrefixes(joined.stream()
            .filter(n -> vote.typeOf(n) == EntityType.ORG)
            .map(Named::key)
            .filter(k -> !acronyms.contains(k))
            .distinct()
            .toList())
        .forEach(orgRootOf::putIfAbsent);

    // Grouped by type and root: a key split between organization and place gives one of each.
    Map<String, List<Named>> groups = new LinkedHashMap<>();
    for (Named n : joined) {
      EntityType type = vote.typeOf(n);
      String root = type == EntityType.PERSON
          ? rootOf.getOrDefault(n.key(), n.key())
          : type == EntityType.ORG ? orgRootOf.getOrDefault(n.key(), n.key()) : n.key();
      groups.computeIfAbsent(type + "\u0000" + root, k -> new ArrayList<>()).add(n);
    }
    List<Entity> entities = new ArrayList<>();
    groups.forEach((group, members) -> {
      String root = group.substring(group.indexOf('\u0000') + 1);
      EntityType type = vote.typeOf(members.get(0));
      // Not for people: "the Trump organization" is the company, not another name of Donald Trump.
      Stream<String> continued = type == EntityType.PERSON
          ? Stream.empty()
          : members.stream()
              .flatMap(
                  n -> NameContinuations.organizationAlias(text, n.span(), n.surface()).stream());
      entities.add(new Entity(
          type,
          root,
          display(root, members),
          members.stream().map(Named::span).sorted(TEXT_ORDER).toList(),
          Stream.concat(members.stream().map(Named::alias), continued).toList()));
    });
    return StoryRules.apply(text, entities);
  }

  /**
   * The key of a mention. For people, single-letter middle initials are dropped as well, so
   * "Donald J. Trump" and "Donald Trump" are one person (and "Trump" can link to a single name).
   */
  static String key(EntityType type, String surface) {
    String key = NameKeys.fold(surface);
    if (type == EntityType.ORG) {
      return OrgNames.key(key);
    }
    if (type != EntityType.PERSON) {
      return key;
    }
    String[] tokens = key.split(" ");
    if (tokens.length < 3) {
      return key;
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (i == 0 || i == tokens.length - 1 || tokens[i].length() > 1) {
        kept.add(tokens[i]);
      }
    }
    return String.join(" ", kept);
  }

  /**
   * Bridges two same-type mentions separated only by a hyphen ("Kataib"-"Hezbollah": always one
   * name), or by a possessive or a spaced dash ("Kataib" 's "Hezbollah") when the joined name is
   * attested elsewhere in the story ("Kataib-Hezbollah"). Without that evidence they stay apart:
   * "Google's YouTube" is two organizations, "Paris - London" two places.
   */
  private static List<Named> joinSplits(StoryText text, List<Named> named) {
    Set<String> keys = new HashSet<>();
    named.forEach(n -> keys.add(n.key()));
    List<Named> out = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      Named a = named.get(i);
      if (i + 1 < named.size()) {
        Named b = named.get(i + 1);
        if (a.type() == b.type()
            && a.span().inTitle() == b.span().inTitle()
            && a.span().end() <= b.span().start()) {
          String gap = text.field(a.span()).substring(a.span().end(), b.span().start());
          boolean hyphen = HYPHEN_GAP.matcher(gap).matches();
          Span span = new Span(a.span().inTitle(), a.span().start(), b.span().end());
          String surface = collapse(text.of(span));
          String key = key(a.type(), surface);
          if (hyphen || (POSSESSIVE_GAP.matcher(gap).matches() && keys.contains(key))) {
            out.add(new Named(a.type(), span, surface, key));
            i++;
            continue;
          }
        }
      }
      out.add(a);
    }
    return out;
  }

  /**
   * Maps a person (or organization) key to the one longer key of that type that ends with it ("khazali" and
   * "al khazali" to "qais al khazali"). Longer keys resolve first, so "mahdi" can follow
   * "abdul mahdi" to "adel abdul mahdi"; two different full names ending alike link nothing.
   */
  private static Map<String, String> linkSurnames(List<String> personKeys) {
    List<String> people = personKeys.stream()
        .sorted(Comparator.comparingInt((String k) -> k.split(" ").length).reversed())
        .toList();
    Map<String, String> rootOf = new HashMap<>();
    for (String key : people) {
      Set<String> roots = new HashSet<>();
      for (String longer : people) {
        if (longer.endsWith(" " + key)) {
          roots.add(rootOf.getOrDefault(longer, longer));
        }
      }
      if (roots.size() == 1) {
        rootOf.put(key, roots.iterator().next());
      }
    }
    return rootOf;
  }

  /** Organization key to the one longer key that starts with it as whole words. */
  private static Map<String, String> linkPrefixes(List<String> orgKeys) {
    Map<String, String> rootOf = new HashMap<>();
    for (String key : orgKeys) {
      if (Gazetteer.bundled().place(key) != null) {
        continue;
      }
      String found = null;
      int candidates = 0;
      for (String longer : orgKeys) {
        if (longer.startsWith(key + " ")) {
          found = longer;
          candidates++;
        }
      }
      if (candidates == 1) {
        rootOf.put(key, found);
      }
    }
    return rootOf;
  }

  /** The most frequent surface among the mentions spelt in full (key = root); ties: the first. */
  private static String display(String root, List<Named> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    // A headline's capitals are typography, not spelling: "BAKER" is shown only when no
    // mention spells the name in mixed case.
    // Mentions linked from another name ("IMF" for the fund) are not spellings of this one.
    boolean anyMixed =
        members.stream().anyMatch(n -> n.key().equals(root) && n.alias().isEmpty() && !n.allCaps());
    members.stream()
        .filter(n -> n.key().equals(root) && n.alias().isEmpty() && (!anyMixed || !n.allCaps()))
        .forEach(n -> counts.merge(n.surface(), 1, Integer::sum));
    String best = members.get(0).surface();
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * Drops symbols the tagger glued to a name, such as the "©" of "(© Washington Post)" or a
   * quote mark; a trailing dot stays ("U.S.").
   */
  static Span trimSymbols(StoryText text, Span span) {
    String field = text.field(span);
    int start = span.start();
    int end = span.end();
    while (start < end && !Character.isLetterOrDigit(field.codePointAt(start))) {
      start += Character.charCount(field.codePointAt(start));
    }
    while (end > start
        && !Character.isLetterOrDigit(field.codePointBefore(end))
        && field.charAt(end - 1) != '.') {
      end -= Character.charCount(field.codePointBefore(end));
    }
    return start == span.start() && end == span.end() ? span : new Span(span.inTitle(), start, end);
  }

  private static String collapse(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
