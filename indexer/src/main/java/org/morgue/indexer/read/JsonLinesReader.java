package org.morgue.indexer.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, mapped by
 * {@link RecordMapper}. Blank lines are ignored; a malformed line, a line that is not an object, a
 * line that is not UTF-8 or is over the size limit, and an object with neither body nor title are
 * each skipped with {@code path:line}.
 */
public final class JsonLinesReader implements FormatReader {

  public static final String FORMAT = "jsonl";
  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesReader.class);

  private final long maxLineBytes;
  private final JsonMapper mapper;

  /** @param maxLineBytes lines longer than this are skipped unread (see {@link StoryReaders}) */
  public JsonLinesReader(long maxLineBytes) {
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    }
    this.maxLineBytes = maxLineBytes;
    int maxString = (int) Math.min(maxLineBytes, Integer.MAX_VALUE);
    // Jackson's default 20M-character string cap would reject long bodies our own line limit
    // allows;
    // the line limit is the one guard, so lift Jackson's to match it.
    this.mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .build();
    this.mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(maxString).build());
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, InputStream in, StoryListener listener) throws IOException {
    LineSource lines = new LineSource(in, maxLineBytes);
    String stem = Inputs.stem(file);
    for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
      String location = Inputs.line(file, line.number());
      if (line.tooLong()) {
        listener.onSkip(new Skip(
            location,
            "line of " + line.length() + " bytes is over the " + Inputs.megabytes(maxLineBytes)
                + " limit"));
        continue;
      }
      Encodings.Decoded decoded = Encodings.utf8(line.bytes());
      if (!decoded.ok()) {
        listener.onSkip(new Skip(
            location,
            String.format(
                Locale.ROOT, "invalid UTF-8 at byte %d of the line", decoded.badOffset() + 1)));
        continue;
      }
      if (decoded.text().isBlank()) {
        continue;
      }
      readLine(decoded.text(), file, stem, line.number(), location, listener);
    }
  }

  private void readLine(
      String text, Path file, String stem, long number, String location, StoryListener listener) {
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      listener.onSkip(new Skip(location, "invalid JSON: " + e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      listener.onSkip(new Skip(
          location,
          "not a JSON object (found "
              + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT))
              + ")"));
      return;
    }
    RecordMapper.Fields fields = RecordMapper.fromJson(node);
    RecordMapper.toStory(fields, stem + "-" + number, location, FORMAT)
        .ifPresentOrElse(
            story -> {
              LOG.debug("{}: story {}", location, story.id());
              listener.onStory(story);
            },
            () -> listener.onSkip(
                new Skip(location, fields.problem().orElse(RecordMapper.NO_CONTENT))));
  }
}
