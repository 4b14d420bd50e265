package org.morgue.indexer.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.entity.Canonicalizer.Named;

/**
 * "X, also known as Y", "X (aka Y)", "X, better known as Y", "X, known as Y": Y is another name of
 * X. Every mention of Y in the story joins X and Y's key is kept as X's alias, so the archive pass can
 * join the stories that use only one of the two names (the more frequent one becomes canonical
 * there). Y is the tagged name that starts right after the phrase or, when the tagger missed it, the
 * run of capitalised words (or the {@code @handle}) found there.
 */
final class AlsoKnownAs {

  private static final Pattern PHRASE = Pattern.compile(
      "\\s*[,(]?\\s*(?:also\\s+known\\s+as|better\\s+known\\s+as|known\\s+as|aka|a\\.k\\.a\\.?|a/k/a)\\s+[\"“‘']?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPITALISED =
      Pattern.compile("@\\w{1,30}|\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’.&-]*)*");

  private AlsoKnownAs() {}

  static List<Named> link(StoryText text, List<Named> named) {
    Map<String, Named> aliasOf = new HashMap<>(); // Y's key -> X
    List<Named> added = new ArrayList<>();
    for (Named x : named) {
      String field = text.field(x.span());
      Matcher phrase = PHRASE.matcher(field).region(x.span().end(), field.length());
      if (!phrase.lookingAt()) {
        continue;
      }
      int at = phrase.end();
      Named y = named.stream()
          .filter(n -> n.span().inTitle() == x.span().inTitle() && n.span().start() == at)
          .findFirst()
          .orElse(null);
      if (y != null) {
        if (!y.key().equals(x.key())) {
          aliasOf.putIfAbsent(y.key(), x);
        }
        continue;
      }
      Matcher name = CAPITALISED.matcher(field).region(at, field.length());
      if (name.lookingAt()) {
        String surface = name.group().replaceAll("[.'’]+$", "");
        String key = Canonicalizer.key(x.type(), surface);
        if (!key.isEmpty() && !key.equals(x.key())) {
          Span span = new Span(x.span().inTitle(), at, at + surface.length());
          added.add(new Named(x.type(), span, surface, key).linkedTo(x.type(), x.key()));
        }
      }
    }
    if (aliasOf.isEmpty() && added.isEmpty()) {
      return named;
    }
    List<Named> out = new ArrayList<>(named.size() + added.size());
    for (Named n : named) {
      Named x = aliasOf.get(n.key());
      out.add(x == null ? n : n.linkedTo(x.type(), x.key()));
    }
    out.addAll(added);
    return out;
  }
}
