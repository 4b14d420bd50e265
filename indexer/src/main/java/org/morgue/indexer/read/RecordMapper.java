package org.morgue.indexer.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.morgue.indexer.date.Dates;
import org.morgue.indexer.story.PubDate;
import org.morgue.indexer.story.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a flat record (a JSON object, a CSV row) onto a {@link Story} using {@link InputFields}:
 * field names match case-insensitively, the first alias present wins, and everything else, including
 * a losing alias and a date we cannot parse, is kept in {@code extra} so no input is silently lost.
 */
final class RecordMapper {

  static final String NO_CONTENT = "no body/text and no title";
  private static final Logger LOG = LoggerFactory.getLogger(RecordMapper.class);
  // Case-insensitive sets compare as equalsIgnoreCase does. A stream over the alias lists per JSON
  // key was a quarter of reading 1.15M headlines.
  private static final Set<String> KNOWN_NAMES =
      ignoringCase(InputFields.ALL.stream().flatMap(List::stream).toList());
  private static final Set<String> TAG_NAMES = ignoringCase(InputFields.TAGS);

  private RecordMapper() {}

  /**
   * A record split into known fields (keyed by their first alias), tags, and the rest.
   *
   * @param problem why the record cannot become a story, if it cannot
   */
  record Fields(
      Map<String, String> known,
      List<String> tags,
      Map<String, String> extra,
      Optional<String> problem) {}

  static Fields fromJson(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> extra = new LinkedHashMap<>();
    List<String> tags = new ArrayList<>();
    Optional<String> problem = Optional.empty();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      if (isTags(key)) {
        problem = problem.or(() -> collectTags(value, tags));
      } else if (isKnown(key) && !value.isNull()) {
        if (value.isContainerNode()) {
          problem = problem.or(() -> Optional.of("field '" + key + "' must be a string, not "
              + value.getNodeType().name().toLowerCase(Locale.ROOT)));
        } else {
          values.put(key, value.asText());
        }
      } else if (!isKnown(key)) {
        extra.put(key, value.isTextual() ? value.asText() : value.toString());
      }
    }
    return assign(values, tags, extra, problem);
  }

  /** @param cells header name to cell value, in header order */
  static Fields fromCells(Map<String, String> cells) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> extra = new LinkedHashMap<>();
    List<String> tags = new ArrayList<>();
    cells.forEach((key, value) -> {
      if (isTags(key)) {
        tags.addAll(InputFields.splitTags(value));
      } else if (isKnown(key)) {
        values.put(key, value);
      } else if (!value.isEmpty()) {
        extra.put(key, value);
      }
    });
    return assign(values, tags, extra, Optional.empty());
  }

  /** Picks the winning alias of each known field; losers go to extra. */
  private static Fields assign(
      Map<String, String> values,
      List<String> tags,
      Map<String, String> extra,
      Optional<String> problem) {
    Map<String, String> known = new LinkedHashMap<>();
    for (List<String> aliases : InputFields.ALL) {
      for (String alias : aliases) {
        for (Map.Entry<String, String> v : values.entrySet()) {
          if (!v.getKey().equalsIgnoreCase(alias)) {
            continue;
          }
          if (!known.containsKey(aliases.get(0)) && !v.getValue().isBlank()) {
            known.put(aliases.get(0), v.getValue());
          } else if (!v.getValue().isBlank()) {
            extra.put(v.getKey(), v.getValue());
          }
        }
      }
    }
    return new Fields(known, List.copyOf(tags), extra, problem);
  }

  private static Optional<String> collectTags(JsonNode value, List<String> tags) {
    if (value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      tags.addAll(InputFields.splitTags(value.asText()));
      return Optional.empty();
    }
    if (value.isArray()) {
      for (JsonNode tag : value) {
        if (tag.isContainerNode()) {
          return Optional.of("field 'tags' must hold strings, not "
              + tag.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        if (!tag.isNull() && !tag.asText().isBlank()) {
          tags.add(tag.asText().strip());
        }
      }
      return Optional.empty();
    }
    if (value.isValueNode()) {
      tags.addAll(InputFields.splitTags(value.asText()));
      return Optional.empty();
    }
    return Optional.of("field 'tags' must be an array or a comma-separated string");
  }

  private static boolean isTags(String key) {
    return TAG_NAMES.contains(key);
  }

  private static boolean isKnown(String key) {
    return KNOWN_NAMES.contains(key);
  }

  /** The story, or empty when the record has a problem or neither body nor title. */
  static Optional<Story> toStory(Fields f, String fallbackId, String origin, String format) {
    if (f.problem().isPresent()) {
      return Optional.empty();
    }
    String title = oneLine(f.known().getOrDefault(InputFields.TITLE.get(0), ""));
    String body = Bodies.normalize(f.known().getOrDefault(InputFields.BODY.get(0), ""));
    if (title.isEmpty() && body.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> extra = new LinkedHashMap<>(f.extra());
    String rawDate = f.known().get(InputFields.PUBLISHED.get(0));
    Optional<PubDate> published = Dates.parseField(rawDate);
    if (rawDate != null && published.isEmpty()) {
      LOG.debug("{}: unparsable date '{}' kept in extra; story is undated", origin, rawDate);
      extra.put(InputFields.PUBLISHED.get(0), rawDate);
    }
    String id = oneLine(f.known().getOrDefault(InputFields.ID.get(0), ""));
    return Optional.of(new Story(
        id.isEmpty() ? fallbackId : id,
        title,
        body,
        published,
        oneLine(f.known().getOrDefault(InputFields.SOURCE.get(0), "")),
        oneLine(f.known().getOrDefault(InputFields.BYLINE.get(0), "")),
        f.known().getOrDefault(InputFields.URL.get(0), "").strip(),
        f.tags(),
        extra,
        origin,
        format));
  }

  private static Set<String> ignoringCase(List<String> names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(names);
    return Collections.unmodifiableSet(set);
  }

  /** Single-line metadata: controls removed, whitespace runs collapsed. */
  static String oneLine(String value) {
    String clean = Bodies.clean(value);
    // By hand what replaceAll("\\s+", " ") did (\s is [ \t\n\x0B\f\r]): that regex, compiled per
    // call,
    // was half of mapping a headline record. Text with no such run is returned as it is.
    int i = 0;
    while (i < clean.length()
        && !(isRegexSpace(clean.charAt(i))
            && (clean.charAt(i) != ' '
                || (i + 1 < clean.length() && isRegexSpace(clean.charAt(i + 1)))))) {
      i++;
    }
    if (i == clean.length()) {
      return clean.strip();
    }
    StringBuilder out = new StringBuilder(clean.length()).append(clean, 0, i);
    while (i < clean.length()) {
      char c = clean.charAt(i++);
      if (isRegexSpace(c)) {
        out.append(' ');
        while (i < clean.length() && isRegexSpace(clean.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
