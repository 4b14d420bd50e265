package org.morgue.indexer.entity;

import java.util.Arrays;
import java.util.Set;

/**
 * How organization keys are folded beyond spelling: the legal form is not part of the name
 * ("Chrysler Corp", "Chrysler Corporation" and "Chrysler" are one company; "Ultramar" and "Ultramar
 * Plc" stood side by side in one Reuters story), and "Ministry of Finance" is the "Finance Ministry".
 * The display form keeps what the stories write; only the key, and the initials an acronym is
 * matched against (see {@link Acronyms}), leave the legal form out.
 */
final class OrgNames {

  // Legal forms of companies across the jurisdictions news copy covers (US, UK, Commonwealth,
  // continental Europe, Japan, Malaysia/Singapore), as folded keys: "S.A." folds to "sa".
  static final Set<String> LEGAL_FORMS = Set.of(
      "corp",
      "corporation",
      "inc",
      "incorporated",
      "co",
      "cos",
      "company",
      "ltd",
      "limited",
      "plc",
      "ag",
      "sa",
      "nv",
      "bv",
      "spa",
      "gmbh",
      "llc",
      "lp",
      "llp",
      "bhd",
      "sdn",
      "pty",
      "kk",
      "oy",
      "oyj",
      "asa",
      "pte",
      "srl",
      "sarl",
      "cie",
      "lda",
      "ltda",
      "na");
  // "Kidder, Peabody and Co": the conjunction before a dropped "Co" goes with it.
  private static final Set<String> CONJUNCTIONS = Set.of("and", "&");
  // "Ministry of Finance" = "Finance Ministry"; only for one-word portfolios, since "Ministry of
  // International Trade and Industry" has no settled short order.
  private static final Set<String> OF_HEADS = Set.of("ministry", "department");

  // Names that on their own stand for no one body: every country has a finance ministry and a
  // central bank. Alone they are qualified by the story's country or left out of the facets (see
  // GenericNames). Folded keys.
  static final Set<String> GENERIC = Set.of(
      "bank",
      "central bank",
      "ministry",
      "finance ministry",
      "foreign ministry",
      "trade ministry",
      "economy ministry",
      "economics ministry",
      "industry ministry",
      "agriculture ministry",
      "defence ministry",
      "defense ministry",
      "interior ministry",
      "energy ministry",
      "oil ministry",
      "commerce ministry",
      "justice ministry",
      "labour ministry",
      "labor ministry",
      "department",
      "commission",
      "government",
      "cabinet",
      "parliament",
      "council",
      "committee",
      "agency",
      "board",
      "authority",
      "office",
      "court",
      "supreme court",
      "high court",
      "army",
      "navy",
      "air force",
      "police",
      "exchange",
      "stock exchange",
      "central committee",
      "national assembly",
      "finance",
      "customs",
      "state",
      "company",
      "group",
      "union",
      "federation",
      "association",
      "institute",
      "party",
      "embassy",
      "consulate",
      "fund",
      "ltd",
      "inc",
      "corp");

  private OrgNames() {}

  /** The key of an organization from its folded spelling: legal forms off the end, "X of Y" reordered. */
  static String key(String folded) {
    String[] words = folded.split(" ");
    int end = words.length;
    while (end > 1 && LEGAL_FORMS.contains(words[end - 1])) {
      end--;
      if (end > 1 && CONJUNCTIONS.contains(words[end - 1])) {
        end--;
      }
    }
    if (end >= 3 && words[end - 2].equals("of") && OF_HEADS.contains(words[end - 3])) {
      String head = words[end - 3];
      words = Arrays.copyOf(words, end);
      words[end - 3] = words[end - 1];
      words[end - 2] = head;
      end--;
    }
    if (end == words.length) {
      return folded;
    }
    return String.join(" ", Arrays.copyOf(words, end));
  }

  /** True when a written name ends with a legal form ("Santos Ltd"): a company, whoever shares its name. */
  static boolean hasLegalForm(String name) {
    String folded = NameKeys.fold(name);
    int space = folded.lastIndexOf(' ');
    return space > 0 && LEGAL_FORMS.contains(folded.substring(space + 1));
  }

  /** True for a key that names no one body on its own ("finance ministry", "bank"). */
  static boolean isGeneric(String key) {
    return GENERIC.contains(key);
  }
}
