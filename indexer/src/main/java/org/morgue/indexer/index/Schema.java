package org.morgue.indexer.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.morgue.indexer.copies.CopyInfo;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Span;
import org.morgue.indexer.reworded.RewordLinks;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * The one owner of the index schema: field names, field types, the analyzer and the facet
 * configuration, and the mapping between a {@link Story} and a Lucene {@link Document}. No field
 * name appears as a string literal anywhere else.
 *
 * <p>Facets use {@link SortedSetDocValuesFacetField} (no taxonomy index) so a rebuilt index is one
 * self-contained directory. Entity facet values are canonical keys; their display forms live in the
 * {@link EntityLabels} table written beside the index, so a label can improve without re-indexing.
 */
public final class Schema {

  /** Stable story id: exact-match term, stored, and sorted doc values for tie-breaking. */
  public static final String ID = "id";
  /** Headline: analyzed with offsets (the unified highlighter reads them from postings). */
  public static final String TITLE = "title";
  /** Cleaned body: analyzed with offsets, stored for snippets and the story view. */
  public static final String BODY = "body";
  /**
   * The headline as written: {@link ExactAnalyzer} (no case or accent folding, no stemming), positions
   * and offsets, not stored (the highlighter reads the stored {@link #TITLE}, which has the same text).
   */
  public static final String TITLE_EXACT = "title_exact";
  /** The body as written, indexed like {@link #TITLE_EXACT}. */
  public static final String BODY_EXACT = "body_exact";
  /** Byline: analyzed and stored. */
  public static final String BYLINE = "byline";
  /** Outlet: analyzed for {@code source:} queries, stored, and a facet. */
  public static final String SOURCE = "source";
  /** Canonical URL, stored only. */
  public static final String URL = "url";
  /** Publication date as epoch day: points for ranges, doc values for sorting and histograms. */
  public static final String PUBLISHED = "published";
  /** Publication date as ISO text cut to its precision ({@code 2019-12-31}, {@code 2019-12}). */
  public static final String PUBLISHED_ISO = "published_iso";
  /** Editorial tags (Reuters codes, JSONL tags): analyzed for {@code tag:}, stored, and a facet. */
  public static final String TAG = "tag";
  /** Canonical names of people mentioned, for {@code person:} queries; also the facet dimension. */
  public static final String PERSON = EntityType.PERSON.facetName();
  /** Canonical names of organizations mentioned; also the facet dimension. */
  public static final String ORG = EntityType.ORG.facetName();
  /** Canonical names of places mentioned; also the facet dimension. */
  public static final String PLACE = EntityType.PLACE.facetName();
  /** Entities with their mention offsets, as JSON, stored only. */
  public static final String ENTITIES = "entities";
  /** Input fields Morgue has no field for, as JSON, stored only. */
  public static final String EXTRA = "extra";
  /** Where the story came from ({@code path:line}) and its format, stored only. */
  public static final String ORIGIN = "origin";

  public static final String FORMAT = "format";
  /**
   * Copy group id (the lead copy's story id): exact-match term to list a group's members, stored, and
   * sorted doc values so search can collapse a group to one hit.
   */
  public static final String COPY_GROUP = "copy_group";
  /** Present, with value {@link #COPY_LEAD_VALUE}, on the lead copy of each group (singletons included). */
  public static final String COPY_LEAD = "copy_lead";

  public static final String COPY_LEAD_VALUE = "true";
  /** Exact Jaccard similarity to the group's lead, stored only. */
  public static final String COPY_SIMILARITY = "copy_similarity";
  /** Stories in the group: stored, and numeric doc values so collapsing knows which hits have copies. */
  public static final String COPY_VERSIONS = "copy_versions";
  /** The MinHash band keys, indexed only: how the incremental path finds a new story's copies. */
  public static final String COPY_BANDS = "copy_bands";

  /**
   * Event thread id (the id of the event's earliest story; a story alone in its event carries its own
   * id): exact-match term to list an event's stories and count them, stored.
   */
  public static final String EVENT = "event";
  /**
   * Reworded versions: the id of each story this one is a rewrite of (or rewritten as), exact-match
   * term and stored, so a story's versions are found from either side (an update writes the link on the
   * new story only).
   */
  public static final String REWORDED = "reworded";
  /** For each {@link #REWORDED} value in the same order: the share of sentences aligned, stored only. */
  public static final String REWORDED_SHARE = "reworded_share";

  /** Facet dimensions, in the order the API lists them. */
  public static final List<String> FACETS = List.of(PERSON, ORG, PLACE, SOURCE, TAG);
  /** Fields a query without a field scope searches. */
  public static final List<String> DEFAULT_SEARCH_FIELDS = List.of(TITLE, BODY);
  /** Fields a query may scope to with {@code field:}. */
  public static final List<String> SEARCHABLE_FIELDS =
      List.of(TITLE, BODY, BYLINE, SOURCE, PERSON, ORG, PLACE, TAG);
  /** Each field that has an exact twin, and that twin: what {@code exact:} and {@code mode=exact} search. */
  public static final Map<String, String> EXACT_FIELDS =
      Map.of(TITLE, TITLE_EXACT, BODY, BODY_EXACT);
  /** Stored fields whose text can be highlighted. */
  public static final List<String> HIGHLIGHT_FIELDS = List.of(TITLE, BODY);

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final FieldType EXACT_TEXT = exactText();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<StoredEntity>> ENTITY_LIST = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP =
      new TypeReference<>() {};

  /**
   * Inputs up to this many bytes get the exact fields unless the build says otherwise: on Reuters
   * 2006-2013 (116 MB of gzip JSON Lines, 106k stories) they added 42% to the index and 51% to the
   * build's CPU time, which a newsroom archive of that order pays gladly; an archive of many gigabytes
   * chooses them with {@code --exact} (see docs/benchmarks.md).
   */
  public static final long EXACT_FIELDS_AUTO_LIMIT_BYTES = 2L * 1024 * 1024 * 1024;

  private final boolean exactFields;
  private final Analyzer analyzer = new PerFieldAnalyzerWrapper(
      new MorgueAnalyzer(),
      Map.of(TITLE_EXACT, new ExactAnalyzer(), BODY_EXACT, new ExactAnalyzer()));
  private final FacetsConfig facetsConfig = newFacetsConfig();

  /** A schema whose documents carry the exact title and body. */
  public Schema() {
    this(true);
  }

  /** @param exactFields whether documents carry {@link #TITLE_EXACT} and {@link #BODY_EXACT} */
  public Schema(boolean exactFields) {
    this.exactFields = exactFields;
  }

  /** Whether documents carry the exact title and body. */
  public boolean exactFields() {
    return exactFields;
  }

  /**
   * Whether every segment with stories has the exact fields: a build made without them (or before they
   * existed) has none, and an old build updated by a newer indexer has them in its new segments only.
   */
  public static boolean hasExactFields(IndexReader reader) {
    return reader.leaves().stream()
        .filter(leaf -> leaf.reader().numDocs() > 0)
        .allMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(BODY_EXACT) != null);
  }

  /** The analyzer for indexing, querying and highlighting: {@link ExactAnalyzer} for the exact fields, else {@link MorgueAnalyzer}. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The facet configuration: every dimension is multi-valued and flat. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  private static FieldType textWithOffsets() {
    // Offsets in the postings let the unified highlighter skip re-analysis of long bodies.
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType exactText() {
    // Not stored: the text is the stored title or body, so the exact twin costs postings only.
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Epoch day of a date: the value of {@link #PUBLISHED}. */
  public static long epochDay(LocalDate date) {
    return date.toEpochDay();
  }

  /** Builds the Lucene document for a story and its entities, facets included. */
  public Document toDocument(IndexedStory indexed) {
    Story story = indexed.story();
    Document doc = new Document();
    doc.add(new StringField(ID, story.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(story.id())));
    doc.add(new Field(TITLE, story.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(BODY, story.body(), TEXT_WITH_OFFSETS));
    if (exactFields) {
      doc.add(new Field(TITLE_EXACT, story.title(), EXACT_TEXT));
      doc.add(new Field(BODY_EXACT, story.body(), EXACT_TEXT));
    }
    if (!story.byline().isBlank()) {
      doc.add(new TextField(BYLINE, story.byline(), Field.Store.YES));
    }
    if (!story.source().isBlank()) {
      doc.add(new TextField(SOURCE, story.source(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(SOURCE, story.source()));
    }
    if (!story.url().isBlank()) {
      doc.add(new StoredField(URL, story.url()));
    }
    story.published().ifPresent(date -> {
      doc.add(new LongField(PUBLISHED, epochDay(date.date()), Field.Store.NO));
      doc.add(new StoredField(PUBLISHED_ISO, date.iso()));
    });
    for (String tag : distinct(story.tags())) {
      doc.add(new TextField(TAG, tag, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(TAG, tag));
    }
    for (Entity entity : indexed.entities()) {
      String dim = entity.type().facetName();
      doc.add(new TextField(dim, entity.key(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(dim, entity.key()));
    }
    doc.add(new StoredField(
        ENTITIES, toJson(indexed.entities().stream().map(StoredEntity::of).toList())));
    if (!story.extra().isEmpty()) {
      doc.add(new StoredField(EXTRA, toJson(new TreeMap<>(story.extra()))));
    }
    doc.add(new StoredField(ORIGIN, story.origin()));
    doc.add(new StoredField(FORMAT, story.format()));
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the copy-group fields of a story to its document (after {@link #toDocument}). */
  public void addCopyFields(Document doc, CopyInfo info, int[] bandKeys) {
    doc.add(new StringField(COPY_GROUP, info.group(), Field.Store.YES));
    doc.add(new SortedDocValuesField(COPY_GROUP, new BytesRef(info.group())));
    if (info.lead()) {
      doc.add(new StringField(COPY_LEAD, COPY_LEAD_VALUE, Field.Store.NO));
    }
    doc.add(new StoredField(COPY_SIMILARITY, info.similarity()));
    doc.add(new StoredField(COPY_VERSIONS, info.versions()));
    doc.add(new NumericDocValuesField(COPY_VERSIONS, info.versions()));
    for (int band = 0; band < bandKeys.length; band++) {
      doc.add(new StringField(COPY_BANDS, copyBandTerm(band, bandKeys[band]), Field.Store.NO));
    }
  }

  /** Adds the event-thread field of a story to its document (after {@link #toDocument}). */
  public void addEventField(Document doc, String event) {
    doc.add(new StringField(EVENT, event, Field.Store.YES));
  }

  /** Adds a story's reworded versions to its document (after {@link #toDocument}). */
  public void addRewordedFields(Document doc, List<RewordLinks.Link> links) {
    for (RewordLinks.Link link : links) {
      doc.add(new StringField(REWORDED, link.partner(), Field.Store.YES));
      doc.add(new StoredField(REWORDED_SHARE, link.share()));
    }
  }

  /** The reworded versions a stored document names (the links written on other documents are not here). */
  public List<RewordLinks.Link> rewordedOf(Document doc) {
    String[] partners = doc.getValues(REWORDED);
    IndexableField[] shares = doc.getFields(REWORDED_SHARE);
    List<RewordLinks.Link> out = new ArrayList<>(partners.length);
    for (int i = 0; i < partners.length && i < shares.length; i++) {
      out.add(new RewordLinks.Link(partners[i], shares[i].numericValue().floatValue()));
    }
    return out;
  }

  /** The event a stored story belongs to; its own id when the build had no event clustering. */
  public String eventOf(Document doc) {
    String event = doc.get(EVENT);
    return event == null ? doc.get(ID) : event;
  }

  /** The indexed term of one band key: band number and key, so equal keys in different bands differ. */
  public static String copyBandTerm(int band, int key) {
    return Integer.toHexString(band) + ":" + Integer.toHexString(key);
  }

  /** The copy-group fields of a stored document; a group of its own when the build had grouping off. */
  public CopyInfo copyOf(Document doc) {
    String group = doc.get(COPY_GROUP);
    if (group == null) {
      return CopyInfo.single(doc.get(ID));
    }
    IndexableField similarity = doc.getField(COPY_SIMILARITY);
    IndexableField versions = doc.getField(COPY_VERSIONS);
    return new CopyInfo(
        group,
        group.equals(doc.get(ID)),
        similarity.numericValue().floatValue(),
        versions.numericValue().intValue());
  }

  /** Reads a stored document back into the model. */
  public IndexedStory fromDocument(Document doc) {
    List<Entity> entities = fromJson(doc.get(ENTITIES), ENTITY_LIST).stream()
        .map(StoredEntity::toEntity)
        .toList();
    return new IndexedStory(story(doc), entities);
  }

  /** The type and key of a stored entity. */
  public record EntityKey(EntityType type, String key) {}

  /**
   * The type and key of each stored entity, in stored order, read without decoding the mentions: a
   * result page shows only entity labels, and the mention offsets of a long story are most of the JSON.
   */
  public List<EntityKey> entityKeys(Document doc) {
    List<EntityKey> keys = new ArrayList<>();
    try (JsonParser parser = JSON.getFactory().createParser(doc.get(ENTITIES))) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("stored entities are not a JSON array");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        String type = null;
        String key = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          switch (name) {
            case "type" -> type = parser.getText();
            case "key" -> key = parser.getText();
            default -> parser.skipChildren();
          }
        }
        if (type == null || key == null) {
          throw new IllegalStateException("a stored entity has no type or key");
        }
        keys.add(new EntityKey(EntityType.valueOf(type), key));
      }
    } catch (IOException e) {
      throw new IllegalStateException("stored field is not valid JSON: " + e.getMessage(), e);
    }
    return keys;
  }

  /** The story of a stored document, without decoding its entities. */
  public Story story(Document doc) {
    Optional<PubDate> published =
        Optional.ofNullable(doc.get(PUBLISHED_ISO)).map(PubDate::parseIso);
    List<String> tags = new ArrayList<>();
    for (IndexableField field : doc.getFields(TAG)) {
      tags.add(field.stringValue());
    }
    Map<String, String> extra =
        doc.get(EXTRA) == null ? Map.of() : fromJson(doc.get(EXTRA), STRING_MAP);
    return new Story(
        doc.get(ID),
        doc.get(TITLE),
        doc.get(BODY),
        published,
        doc.get(SOURCE),
        doc.get(BYLINE),
        doc.get(URL),
        tags,
        extra,
        doc.get(ORIGIN),
        doc.get(FORMAT));
  }

  private static List<String> distinct(List<String> values) {
    return values.stream()
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise stored field", e);
    }
  }

  private static <T> T fromJson(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored field is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Compact stored form of an entity: spans as {@code [inTitle ? 1 : 0, start, end]} triples. The
   * aliases are kept (omitted when empty) so an update's archive pass can still join a new story's
   * "also known as" name to the one the stored stories settled on.
   */
  record StoredEntity(
      String type,
      String key,
      String display,
      List<int[]> spans,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliases) {
    static StoredEntity of(Entity e) {
      return new StoredEntity(
          e.type().name(),
          e.key(),
          e.display(),
          e.spans().stream()
              .map(s -> new int[] {s.inTitle() ? 1 : 0, s.start(), s.end()})
              .toList(),
          e.aliases());
    }

    Entity toEntity() {
      return new Entity(
          EntityType.valueOf(type),
          key,
          display,
          spans.stream().map(s -> new Span(s[0] == 1, s[1], s[2])).toList(),
          aliases == null ? List.of() : aliases);
    }
  }
}
