package org.morgue.server.search;

import java.util.List;
import java.util.Objects;

/**
 * Stories like {@code id}, most similar first (ties by id), in the shape of search hits: {@code title_hl}
 * is the escaped title without marks and {@code snippets} holds the escaped opening of the body.
 */
public record SimilarResponse(String id, List<SearchResponse.Hit> hits) {

  public SimilarResponse {
    Objects.requireNonNull(id, "id");
    hits = List.copyOf(hits);
  }
}
