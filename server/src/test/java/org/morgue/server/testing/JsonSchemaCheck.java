package org.morgue.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (2020-12 subset, as OpenAPI 3.1 uses it) checker over Jackson trees: {@code $ref}
 * to {@code #/...}, {@code type} (one or a list; {@code integer} is a whole number), {@code enum},
 * {@code required}, {@code properties}, {@code additionalProperties}, {@code items}, {@code minimum},
 * {@code maximum}, {@code minLength}, {@code maxLength} and {@code pattern}. Any other keyword is
 * refused, so the description cannot rely on a rule this checker would silently skip.
 */
public final class JsonSchemaCheck {

  private static final List<String> KNOWN = List.of("$ref", "type", "enum", "required", "properties",
      "additionalProperties", "items", "minimum", "maximum", "minLength", "maxLength", "pattern", "description", "default");

  private final JsonNode root;

  /** @param root the document {@code $ref}s resolve against */
  public JsonSchemaCheck(JsonNode root) {
    this.root = root;
  }

  /** Every violation of the schema by the value, each as {@code path: problem}; empty when it conforms. */
  public List<String> errors(JsonNode value, JsonNode schema) {
    List<String> errors = new ArrayList<>();
    check(value, schema, "$", errors);
    return errors;
  }

  private void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
    for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
      String keyword = names.next();
      if (!KNOWN.contains(keyword)) {
        errors.add(path + ": the schema uses '" + keyword + "', which this checker does not know");
      }
    }
    if (schema.has("$ref")) {
      check(value, resolve(schema.get("$ref").asText()), path, errors);
      return;
    }
    if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
      errors.add(path + ": expected type " + schema.get("type") + ", was " + value.getNodeType() + " " + value);
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : schema.get("enum")) {
        found |= allowed.equals(value);
      }
      if (!found) {
        errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isTextual()) {
      String text = value.asText();
      if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
        errors.add(path + ": shorter than " + schema.get("minLength"));
      }
      if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
        errors.add(path + ": longer than " + schema.get("maxLength"));
      }
      if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
        errors.add(path + ": '" + text + "' does not match " + schema.get("pattern").asText());
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
        errors.add(path + ": " + value + " is below " + schema.get("minimum"));
      }
      if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
        errors.add(path + ": " + value + " is above " + schema.get("maximum"));
      }
    }
    if (value.isObject()) {
      checkObject(value, schema, path, errors);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
      }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors) {
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!value.has(name.asText())) {
          errors.add(path + ": required property '" + name.asText() + "' is missing");
        }
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String where = path + "." + field.getKey();
      if (properties.has(field.getKey())) {
        check(field.getValue(), properties.get(field.getKey()), where, errors);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        errors.add(where + ": property not in the schema");
      } else if (additional != null && additional.isObject()) {
        check(field.getValue(), additional, where, errors);
      }
    }
  }

  private static boolean typeMatches(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeMatches(value, one)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown JSON Schema type " + type);
    };
  }

  /** Resolves {@code #/components/schemas/Name}-style local references. */
  public JsonNode resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local references are supported: " + ref);
    }
    JsonNode node = root.at(ref.substring(1));
    if (node.isMissingNode()) {
      throw new IllegalArgumentException("dangling reference " + ref);
    }
    return node;
  }
}
