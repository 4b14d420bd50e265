package org.morgue.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.morgue.server.search.SearchRequest;

/** A saved page query string ({@code q=embassy&f.place=baghdad}) read back as the parameters of a request. */
final class QueryStrings {

  private QueryStrings() {}

  /** Parameter name → values, in order; {@code +} and percent escapes decoded as a browser encodes them. */
  static Map<String, List<String>> parse(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  /** The search a saved parameter string stands for. */
  static SearchRequest search(String query) {
    return SearchParams.parse(parse(query));
  }

  /** The query string without the named parameters, the others as they were written. */
  static String without(String query, Set<String> names) {
    StringJoiner kept = new StringJoiner("&");
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (!pair.isEmpty() && !names.contains(decode(eq < 0 ? pair : pair.substring(0, eq)))) {
        kept.add(pair);
      }
    }
    return kept.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new org.morgue.server.search.InvalidRequestException(
          org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER,
          "params has a bad %-escape: '" + text + "'");
    }
  }
}
