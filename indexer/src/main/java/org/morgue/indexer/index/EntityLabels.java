package org.morgue.indexer.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.morgue.indexer.entity.Entity;
import org.morgue.indexer.entity.EntityType;

/**
 * The archive-wide display form of every entity key: the surface form most stories use (ties: the
 * alphabetically first, for determinism). Entity facets store keys ({@code qais al khazali}); this
 * table turns them back into what a journalist reads ({@code Qais al-Khazali}). It is written as
 * {@code labels.json} inside each build, so it is switched together with the index it describes.
 */
public final class EntityLabels {

  public static final String FILE = "labels.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Map<String, String>>> SHAPE =
      new TypeReference<>() {};

  /** dimension → key → label. */
  private final Map<String, Map<String, String>> labels;

  private EntityLabels(Map<String, Map<String, String>> labels) {
    this.labels = labels;
  }

  /** A table with no labels: every key is shown as itself. */
  public static EntityLabels empty() {
    return new EntityLabels(Map.of());
  }

  /**
   * The display label of a facet value; tags read by {@link TagNames} ({@code topic:money-fx} is
   * {@code Topic: Money/Foreign Exchange}), outlets as they are.
   */
  public String label(String dimension, String value) {
    Map<String, String> dim = labels.get(dimension);
    if (dim == null) {
      return Schema.TAG.equals(dimension) ? TagNames.label(value) : value;
    }
    return dim.getOrDefault(value, value);
  }

  /** The table as dimension → key → label, for a backend that stores it elsewhere than a build folder. */
  public Map<String, Map<String, String>> asMap() {
    return labels;
  }

  /** A table read back from {@link #asMap()}. */
  public static EntityLabels of(Map<String, Map<String, String>> labels) {
    Map<String, Map<String, String>> copy = new HashMap<>();
    labels.forEach((dim, values) -> copy.put(dim, Map.copyOf(values)));
    return new EntityLabels(Map.copyOf(copy));
  }

  public int size() {
    return labels.values().stream().mapToInt(Map::size).sum();
  }

  /** Reads the table of a build; a build without one (an empty archive) has no labels. */
  public static EntityLabels read(Path buildDir) throws IOException {
    Path file = buildDir.resolve(FILE);
    if (!Files.exists(file)) {
      return empty();
    }
    Map<String, Map<String, String>> read = JSON.readValue(file.toFile(), SHAPE);
    Map<String, Map<String, String>> copy = new HashMap<>();
    read.forEach((dim, values) -> copy.put(dim, Map.copyOf(values)));
    return new EntityLabels(Map.copyOf(copy));
  }

  /** Counts display forms while stories are indexed; safe to call from many threads. */
  public static final class Builder {
    private final Map<EntityType, Map<String, Map<String, Integer>>> counts =
        new ConcurrentHashMap<>();

    /** Records one story's entities: each display form counts once per story. */
    public void add(Iterable<Entity> entities) {
      for (Entity e : entities) {
        Map<String, Integer> forms = counts
            .computeIfAbsent(e.type(), t -> new ConcurrentHashMap<>())
            .computeIfAbsent(e.key(), k -> new ConcurrentHashMap<>());
        forms.merge(e.display(), 1, Integer::sum);
      }
    }

    public EntityLabels build() {
      Map<String, Map<String, String>> out = new TreeMap<>();
      counts.forEach((type, keys) -> {
        Map<String, String> dim = new TreeMap<>();
        keys.forEach((key, forms) -> dim.put(
            key,
            forms.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> f) -> -f.getValue())
                    .thenComparing(Map.Entry::getKey))
                .orElseThrow()
                .getKey()));
        out.put(type.facetName(), dim);
      });
      return new EntityLabels(out);
    }
  }

  /** Writes the table into a build folder (via a temporary file and an atomic rename). */
  public void write(Path buildDir) throws IOException {
    Path tmp = buildDir.resolve(FILE + ".tmp");
    JSON.writeValue(tmp.toFile(), new TreeMap<>(labels));
    Files.move(
        tmp,
        buildDir.resolve(FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
