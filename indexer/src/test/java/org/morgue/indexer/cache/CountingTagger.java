package org.morgue.indexer.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.entity.EntityType;
import org.morgue.indexer.entity.Mention;
import org.morgue.indexer.entity.MentionTagger;
import org.morgue.indexer.entity.Span;

/**
 * A small real tagger for tests: every run of capitalised words is a person, except a run that
 * follows "in", which is a place. It counts its calls, so a test can tell a cache hit from a miss.
 */
public final class CountingTagger implements MentionTagger {

  private static final Pattern NAME =
      Pattern.compile("(\\bin )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*)");

  private final String identity;
  private final AtomicInteger calls = new AtomicInteger();

  public CountingTagger(String identity) {
    this.identity = identity;
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public List<Mention> tag(String title, String body) {
    calls.incrementAndGet();
    List<Mention> out = new ArrayList<>();
    find(title, true, out);
    find(body, false, out);
    return out;
  }

  private static void find(String text, boolean inTitle, List<Mention> out) {
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      EntityType type = m.group(1) != null ? EntityType.PLACE : EntityType.PERSON;
      out.add(new Mention(type, new Span(inTitle, m.start(2), m.end(2))));
    }
  }

  public int calls() {
    return calls.get();
  }
}
