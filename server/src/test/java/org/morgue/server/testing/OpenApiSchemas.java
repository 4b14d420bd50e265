package org.morgue.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;

/**
 * The schemas of one OpenAPI 3.1 description, validated by networknt's json-schema-validator with the
 * OpenAPI 3.1 base dialect (JSON Schema 2020-12), so every keyword the description uses is checked by a
 * maintained implementation rather than a subset we keep ourselves. Schemas are named by their JSON
 * pointer into the description; their {@code #/components/...} references resolve inside it.
 */
public final class OpenApiSchemas {

  /** The description is registered under this name only; nothing is fetched from it. */
  private static final String DOCUMENT = "https://morgue.invalid/api/openapi.json";

  private final SchemaRegistry registry;
  private final JsonNode spec;

  /** @param specText the description as served, the one document references resolve against */
  public OpenApiSchemas(String specText, JsonNode spec) {
    // JSON paths ($.hits[0].id) read better in a failure than JSON pointers.
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build();
    this.registry = SchemaRegistry.withDialect(
        Dialects.getOpenApi31(),
        builder -> builder.schemas(Map.of(DOCUMENT, specText)).schemaRegistryConfig(config));
    this.spec = spec;
  }

  /** Every violation of the schema at {@code pointer} (e.g. {@code /components/schemas/Health}), as {@code location: message}. */
  public List<String> errors(JsonNode value, String pointer) {
    if (spec.at(pointer).isMissingNode()) {
      throw new IllegalArgumentException("no schema at " + pointer);
    }
    Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
    return schema.validate(value).stream().map(Error::toString).toList();
  }

  /** A JSON pointer segment for a name such as {@code /api/search} or {@code application/json}. */
  public static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
