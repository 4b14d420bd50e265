package org.morgue.indexer.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.morgue.indexer.copies.CopyInfo;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;

/**
 * A story with its entities and copy group as one JSON document, under the {@link Schema}'s field
 * names: what an OpenSearch index holds per story. Beside {@link Schema} because the stored forms
 * (entity spans, extra fields) are the schema's own, so both backends read back the same story.
 */
public final class StoryJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Schema.StoredEntity>> ENTITY_LIST =
      new TypeReference<>() {};

  private StoryJson() {}

  /** The document of a story: stored forms plus the keyword values facets count. */
  public static ObjectNode toJson(IndexedStory indexed, CopyInfo copy) {
    Story story = indexed.story();
    ObjectNode doc = JSON.createObjectNode();
    doc.put(Schema.ID, story.id());
    doc.put(Schema.TITLE, story.title());
    doc.put(Schema.BODY, story.body());
    if (!story.byline().isBlank()) {
      doc.put(Schema.BYLINE, story.byline());
    }
    if (!story.source().isBlank()) {
      doc.put(Schema.SOURCE, story.source());
    }
    if (!story.url().isBlank()) {
      doc.put(Schema.URL, story.url());
    }
    story.published().ifPresent(date -> {
      doc.put(Schema.PUBLISHED, Schema.epochDay(date.date()));
      doc.put(Schema.PUBLISHED_ISO, date.iso());
    });
    ArrayNode tags = doc.putArray(Schema.TAG);
    story.tags().stream()
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .distinct()
        .forEach(tags::add);
    for (EntityType type : EntityType.values()) {
      LinkedHashSet<String> keys = new LinkedHashSet<>();
      indexed.entities().stream().filter(e -> e.type() == type).forEach(e -> keys.add(e.key()));
      ArrayNode values = doc.putArray(type.facetName());
      keys.forEach(values::add);
    }
    doc.set(
        Schema.ENTITIES,
        JSON.valueToTree(
            indexed.entities().stream().map(Schema.StoredEntity::of).toList()));
    if (!story.extra().isEmpty()) {
      doc.set(Schema.EXTRA, JSON.valueToTree(new TreeMap<>(story.extra())));
    }
    doc.put(Schema.ORIGIN, story.origin());
    doc.put(Schema.FORMAT, story.format());
    doc.put(Schema.COPY_GROUP, copy.group());
    doc.put(Schema.COPY_LEAD, copy.lead());
    doc.put(Schema.COPY_SIMILARITY, copy.similarity());
    doc.put(Schema.COPY_VERSIONS, copy.versions());
    return doc;
  }

  /** The story of a document, without decoding its entities. */
  public static Story story(JsonNode doc) {
    Optional<PubDate> published =
        Optional.ofNullable(text(doc, Schema.PUBLISHED_ISO)).map(PubDate::parseIso);
    List<String> tags = new ArrayList<>();
    doc.path(Schema.TAG).forEach(t -> tags.add(t.asText()));
    Map<String, String> extra = new LinkedHashMap<>();
    doc.path(Schema.EXTRA)
        .properties()
        .forEach(e -> extra.put(e.getKey(), e.getValue().asText()));
    return new Story(
        text(doc, Schema.ID),
        text(doc, Schema.TITLE),
        text(doc, Schema.BODY),
        published,
        text(doc, Schema.SOURCE),
        text(doc, Schema.BYLINE),
        text(doc, Schema.URL),
        tags,
        extra,
        text(doc, Schema.ORIGIN),
        text(doc, Schema.FORMAT));
  }

  /** The story with its entities and their mentions. */
  public static IndexedStory indexed(JsonNode doc) {
    List<Entity> entities = JSON.convertValue(doc.path(Schema.ENTITIES), ENTITY_LIST).stream()
        .map(Schema.StoredEntity::toEntity)
        .toList();
    return new IndexedStory(story(doc), entities);
  }

  /** The type and key of each entity, in stored order. */
  public static List<Schema.EntityKey> entityKeys(JsonNode doc) {
    List<Schema.EntityKey> keys = new ArrayList<>();
    doc.path(Schema.ENTITIES)
        .forEach(e -> keys.add(new Schema.EntityKey(
            EntityType.valueOf(e.path("type").asText()), e.path("key").asText())));
    return keys;
  }

  /** The copy group of a document. */
  public static CopyInfo copy(JsonNode doc) {
    return new CopyInfo(
        text(doc, Schema.COPY_GROUP),
        doc.path(Schema.COPY_LEAD).asBoolean(),
        (float) doc.path(Schema.COPY_SIMILARITY).asDouble(),
        doc.path(Schema.COPY_VERSIONS).asInt());
  }

  /** Story text fields are never null in the model: a missing field reads as empty, as Lucene's does not. */
  private static String text(JsonNode doc, String field) {
    JsonNode value = doc.get(field);
    if (value == null || value.isNull()) {
      return field.equals(Schema.PUBLISHED_ISO) ? null : "";
    }
    return value.asText();
  }
}
