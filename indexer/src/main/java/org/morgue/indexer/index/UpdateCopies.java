package org.morgue.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.morgue.indexer.copies.CopyFacts;
import org.morgue.indexer.copies.CopyInfo;
import org.morgue.indexer.copies.CopyParams;
import org.morgue.indexer.copies.MinHash;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * Keeps copy groups right across an update. The first read of the update's stories keeps each one's
 * shingles ({@link #add}); {@link #plan} then works out, against the build being updated:
 * <ul>
 *   <li>stories replaced or deleted leave their group: its other members' {@code versions} drop, and
 *       when the lead left, the earliest remaining member (then the longest, then the smallest id: the
 *       rule of a rebuild) becomes the lead, which renames the group and changes every similarity;</li>
 *   <li>each new or replaced story joins the group of its most similar copy, in the build (found as
 *       found by band keys) or among the update's own stories; a group keeps
 *       its lead when a copy joins, so links to a group stay valid.</li>
 * </ul>
 * {@link #rewriteKept} then rewrites the kept stories whose copy fields changed, from their stored
 * fields. Memory: the shingles of the update's stories (4 bytes per word) and of the touched groups.
 *
 * <p>A group whose lead left stays one group even when some remaining members were joined only through
 * the old lead; the next rebuild may split such a chain.
 */
final class UpdateCopies {

  /** Candidates checked exactly for a new story: the stories sharing the most bands come first. */
  static final int MAX_CANDIDATES = 50;

  /** What grouping needs of one story. */
  private record Member(
      String id, long day, int length, CopyFacts facts, int[] keys, CopyInfo stored) {}

  /** A group as the update leaves it; {@code lead} is the lead before the update, null for a new group. */
  private static final class Group {
    final String lead;
    final List<Member> members = new ArrayList<>();

    Group(String lead) {
      this.lead = lead;
    }
  }

  /** The rebuild's lead order: earliest (undated last), then the longest body, then the smallest id. */
  private static final Comparator<Member> LEAD_ORDER = Comparator.comparingLong(Member::day)
      .thenComparing(m -> -m.length())
      .thenComparing(Member::id);

  private static final Set<String> FIELDS = Set.of(
      Schema.ID,
      Schema.TITLE,
      Schema.BODY,
      Schema.PUBLISHED_ISO,
      Schema.COPY_GROUP,
      Schema.COPY_SIMILARITY,
      Schema.COPY_VERSIONS);

  private final Schema schema;
  private final MinHash minHash;
  private final boolean join;
  private final Map<Long, Member> added = new ConcurrentHashMap<>();
  private final Map<String, CopyInfo> forNew = new HashMap<>();
  private final Map<String, CopyInfo> forKept = new TreeMap<>();

  /**
   * The stories sharing a band key with these keys, those sharing the most bands scoring highest: the one
   * term query that finds a new story's copies in the archive, whatever its size.
   */
  static Query bandQuery(int[] keys) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int band = 0; band < keys.length; band++) {
      query.add(
          new TermQuery(new Term(Schema.COPY_BANDS, Schema.copyBandTerm(band, keys[band]))),
          BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** @param params copy grouping of the update; empty: new stories stay alone, leaving ones still leave */
  UpdateCopies(Schema schema, Optional<CopyParams> params) {
    this.schema = schema;
    this.minHash = new MinHash(params.orElse(CopyParams.defaults()));
    this.join = params.isPresent();
  }

  /** First read: keeps what grouping needs of an update's story. Thread-safe. */
  void add(long position, Story story) {
    if (join) {
      added.put(position, member(story.id(), story.title(), story.body(), story.published(), null));
    }
  }

  /**
   * Works out every story's copy fields after the update.
   *
   * @param old the build being updated; empty when there is none
   * @param leaving ids of the build's stories that the update replaces or deletes
   */
  void plan(Optional<IndexSearcher> old, Set<String> leaving) throws IOException {
    Map<String, Group> oldGroups = new LinkedHashMap<>();
    if (old.isPresent()) {
      for (String id : sorted(leaving)) {
        Optional<Member> gone = stored(old.get(), id);
        if (gone.isPresent() && gone.get().stored().versions() > 1) {
          group(old.get(), gone.get(), oldGroups).members.removeIf(m -> m.id().equals(id));
        }
      }
    }
    List<Group> newGroups = new ArrayList<>();
    Map<String, Group> groupOfNew = new HashMap<>();
    Map<Long, List<String>> bands = new HashMap<>();
    Map<String, Member> latest = new HashMap<>();
    new TreeMap<>(added).values().forEach(m -> latest.put(m.id(), m));
    for (Member story : latest.values().stream().sorted(LEAD_ORDER).toList()) {
      Group target = null;
      double threshold = minHash.params().threshold();
      double best = threshold;
      if (story.keys().length > 0 && old.isPresent()) {
        for (ScoreDoc hit : old.get().search(bandQuery(story.keys()), MAX_CANDIDATES).scoreDocs) {
          Member candidate = member(old.get().storedFields().document(hit.doc, FIELDS));
          double similarity = story.facts().jaccard(candidate.facts());
          if (!leaving.contains(candidate.id())
              && !candidate.id().equals(story.id())
              && similarity >= best
              && (target == null || similarity > best)
              && story.facts().copyOf(candidate.facts(), threshold)) {
            best = similarity;
            target = group(old.get(), candidate, oldGroups);
          }
        }
      }
      for (String earlier : sharingBands(story, bands)) {
        CopyFacts other = latest.get(earlier).facts();
        double similarity = story.facts().jaccard(other);
        if (similarity >= best
            && (target == null || similarity > best)
            && story.facts().copyOf(other, threshold)) {
          best = similarity;
          target = groupOfNew.get(earlier);
        }
      }
      if (target == null) {
        target = new Group(null);
        newGroups.add(target);
      }
      target.members.add(story);
      groupOfNew.put(story.id(), target);
    }
    oldGroups.values().forEach(this::describe);
    newGroups.forEach(this::describe);
  }

  /** Copy fields for a new or replaced story: its planned group, or a group of its own. */
  CopyInfo infoOf(String id) {
    return forNew.getOrDefault(id, CopyInfo.single(id));
  }

  /** Band keys for a new or replaced story's document; none when grouping is off. */
  int[] keysOf(Story story) {
    return join ? minHash.bandKeys(story.body()) : new int[0];
  }

  /** How many kept stories {@link #rewriteKept} rewrites. */
  int keptToRewrite() {
    return forKept.size();
  }

  /**
   * Rewrites the kept stories whose copy fields changed: each stored document is read back through the
   * schema and written again whole, so nothing but its copy fields changes (its event and reworded
   * versions are carried over: without them a story that gained a copy left its event, UpdateEventsTest).
   */
  void rewriteKept(IndexSearcher old, IndexWriter writer) throws IOException {
    for (Map.Entry<String, CopyInfo> kept : forKept.entrySet()) {
      ScoreDoc[] hits = old.search(new TermQuery(new Term(Schema.ID, kept.getKey())), 1).scoreDocs;
      Document stored = old.storedFields().document(hits[0].doc);
      IndexedStory story = schema.fromDocument(stored);
      Document doc = schema.toDocument(story);
      schema.addCopyFields(doc, kept.getValue(), minHash.bandKeys(story.story().body()));
      if (stored.get(Schema.EVENT) != null) {
        schema.addEventField(doc, stored.get(Schema.EVENT));
      }
      schema.addRewordedFields(doc, schema.rewordedOf(stored));
      writer.updateDocument(new Term(Schema.ID, kept.getKey()), doc);
    }
  }

  private void describe(Group group) {
    if (group.members.isEmpty()) {
      return;
    }
    // A replaced lead comes back as a new member: its old similarities are stale, so the lead is
    // elected.
    Member lead = group.members.stream()
        .filter(m -> m.stored() != null && m.id().equals(group.lead))
        .findFirst()
        .orElseGet(() -> group.members.stream().min(LEAD_ORDER).orElseThrow());
    boolean sameLead = lead.id().equals(group.lead);
    for (Member m : group.members) {
      float similarity = m == lead
          ? 1f
          : sameLead && m.stored() != null
              ? m.stored().similarity()
              : (float) lead.facts().jaccard(m.facts());
      CopyInfo info = new CopyInfo(lead.id(), m == lead, similarity, group.members.size());
      if (m.stored() == null) {
        forNew.put(m.id(), info);
      } else if (!info.equals(m.stored())) {
        forKept.put(m.id(), info);
      }
    }
  }

  /** The old group a stored story belongs to, loaded with all its members on first use. */
  private Group group(IndexSearcher old, Member seed, Map<String, Group> groups)
      throws IOException {
    String id = seed.stored().group();
    Group group = groups.get(id);
    if (group == null) {
      group = new Group(id);
      if (seed.stored().versions() == 1) {
        group.members.add(seed);
      } else {
        for (ScoreDoc hit : old.search(
                new TermQuery(new Term(Schema.COPY_GROUP, id)), Integer.MAX_VALUE)
            .scoreDocs) {
          group.members.add(member(old.storedFields().document(hit.doc, FIELDS)));
        }
      }
      groups.put(id, group);
    }
    return group;
  }

  private Optional<Member> stored(IndexSearcher old, String id) throws IOException {
    ScoreDoc[] hits = old.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
    return hits.length == 0
        ? Optional.empty()
        : Optional.of(member(old.storedFields().document(hits[0].doc, FIELDS)));
  }

  private Member member(Document doc) {
    return member(
        doc.get(Schema.ID),
        doc.get(Schema.TITLE),
        doc.get(Schema.BODY),
        Optional.ofNullable(doc.get(Schema.PUBLISHED_ISO)).map(PubDate::parseIso),
        schema.copyOf(doc));
  }

  private Member member(
      String id, String title, String body, Optional<PubDate> published, CopyInfo stored) {
    CopyFacts facts = CopyFacts.of(title, body, published, minHash.params().shingleSize());
    return new Member(
        id,
        facts.day(),
        body.length(),
        facts,
        stored == null ? minHash.bandKeys(facts.shingles()) : new int[0],
        stored);
  }

  /**
   * The update's stories grouped so far that share a band key with this one (their ids, in the order
   * grouped), and this story's keys added for the next: the band test of a rebuild, among the new stories.
   */
  private static List<String> sharingBands(Member story, Map<Long, List<String>> bands) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int band = 0; band < story.keys().length; band++) {
      List<String> ids = bands.computeIfAbsent(
          ((long) band << 32) | (story.keys()[band] & 0xFFFFFFFFL), k -> new ArrayList<>());
      out.addAll(ids);
      ids.add(story.id());
    }
    return List.copyOf(out);
  }

  private static List<String> sorted(Set<String> ids) {
    return ids.stream().sorted().toList();
  }
}
