package org.morgue.indexer.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People, organizations and places from Stanford CoreNLP's CRF tagger, without the CoreNLP pipeline
 * (which is ~70 times slower and needs ~800 MB).
 *
 * <p>The default tagger runs two models: the 3-class model trained on CoNLL, MUC, ACE and more
 * (person, organization, location) first, then the 4-class CoNLL model, whose spans are kept only
 * where they overlap nothing the first found. The 3-class model knows more names (it has seen
 * more text), the 4-class one fills the gaps it leaves; on CoNLL-2003 test that scored better than
 * either model alone (the measurements are in the README).
 *
 * <p>One instance is shared by all indexing threads: {@code classifyToCharacterOffsets} builds its
 * tokens and Viterbi lattice per call and a model's only mutable structure (the
 * known-lower-case-words set) is a concurrent set.
 */
public final class CrfEntityExtractor implements EntityExtractor, MentionTagger {

  /** Classpath location of the first model, unpacked from the CoreNLP models jar at build time. */
  public static final String MODEL_RESOURCE =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  /** Classpath location of the model that fills the first one's gaps, unpacked likewise. */
  public static final String FILL_MODEL_RESOURCE =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** The default models in the order they tag. */
  static final List<String> DEFAULT_MODELS = List.of(MODEL_RESOURCE, FILL_MODEL_RESOURCE);

  /**
   * PTB tokenizer options, appended after PlainTextDocumentReaderAndWriter's own defaults
   * ({@code tokenizeNLs=false,invertible=true}) so they win. {@code splitHyphenated=false} keeps
   * "al-Khazali" one token (else "Qais al" and "Khazali" come out apart); {@code noneKeep} keeps
   * odd characters without a warning per character; {@code invertible=false} skips the
   * before/after whitespace bookkeeping we never read (offsets are kept regardless).
   */
  static final String TOKENIZER_OPTIONS =
      "untokenizable=noneKeep,invertible=false,splitHyphenated=false";

  // Tagging is done per paragraph to bound memory on long bodies; a paragraph longer than this
  // is cut at a line break or space so a body with no blank lines cannot grow one huge lattice.
  static final int MAX_CHUNK_CHARS = 20_000;
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
  private static final Logger LOG = LoggerFactory.getLogger(CrfEntityExtractor.class);
  /**
   * Version of the tagging code ({@link #tag(String, String)}: models and their order, chunking,
   * markup blanking, label mapping, tokenizer options). Part of {@link #identity()}, hence of the extraction cache key: bump it whenever a
   * change here can change the raw mentions, and every cached extraction is redone.
   */
  static final int TAGGER_VERSION = 4;

  private final List<CRFClassifier<CoreLabel>> classifiers;
  private final String identity;

  private CrfEntityExtractor(
      List<CRFClassifier<CoreLabel>> classifiers, List<String> modelDigests) {
    this.classifiers = List.copyOf(classifiers);
    this.identity = identity(modelDigests);
    // Build the lazily created, synchronized readers once here rather than on the first story.
    classifiers.forEach(CRFClassifier::plainTextReaderAndWriter);
  }

  /**
   * The default models ({@link #MODEL_RESOURCE}, then {@link #FILL_MODEL_RESOURCE}), loaded once per
   * JVM and shared: they take about 15 s of CPU and 600 MB to load, and an instance is immutable and
   * thread-safe, so every index run, test class and evaluation in one process uses the same one.
   */
  public static CrfEntityExtractor loadDefault() {
    return Shared.DEFAULT;
  }

  /**
   * The lazily initialised default tagger: the JVM's class initialisation loads it on first use,
   * exactly once, and never for a rebuild served from the extraction cache. It is a constant, not
   * state: nothing replaces or changes it.
   */
  private static final class Shared {
    static final CrfEntityExtractor DEFAULT = loadModels(DEFAULT_MODELS);
  }

  /** Loads classpath models, each tagging where the ones before it found nothing. */
  static CrfEntityExtractor loadModels(List<String> resources) {
    // The two models load in parallel: deserialising is single-threaded and takes seconds each.
    List<Loaded> loaded = resources.parallelStream()
        .map(resource -> {
          InputStream in = CrfEntityExtractor.class.getClassLoader().getResourceAsStream(resource);
          if (in == null) {
            throw new NerModelException(
                "NER model not on the classpath: " + resource
                    + " (the indexer build unpacks it from the CoreNLP models jar)",
                null);
          }
          return read(in, "classpath:" + resource);
        })
        .toList();
    return new CrfEntityExtractor(
        loaded.stream().map(Loaded::classifier).toList(),
        loaded.stream().map(Loaded::digest).toList());
  }

  /**
   * Loads one serialized, gzipped CRF model as the only model.
   *
   * @param gzipped the model stream; closed here
   * @param origin where it came from, for messages
   */
  public static CrfEntityExtractor load(InputStream gzipped, String origin) {
    Loaded model = read(gzipped, origin);
    return new CrfEntityExtractor(List.of(model.classifier()), List.of(model.digest()));
  }

  private record Loaded(CRFClassifier<CoreLabel> classifier, String digest) {}

  private static Loaded read(InputStream gzipped, String origin) {
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("tokenizerOptions", TOKENIZER_OPTIONS);
    DigestInputStream digesting = new DigestInputStream(gzipped, sha256());
    try (ObjectInputStream ois =
        new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(digesting), 1 << 16))) {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(ois, props);
      // The digest must cover the whole file, as defaultIdentity()'s does, whatever the decoder
      // read.
      digesting.transferTo(OutputStream.nullOutputStream());
      LOG.info("Loaded NER model {} in {} ms", origin, (System.nanoTime() - t0) / 1_000_000);
      return new Loaded(
          crf, HexFormat.of().formatHex(digesting.getMessageDigest().digest()));
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new NerModelException("cannot read NER model " + origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * The identity of the bundled models without loading them (reading and hashing the files takes a
   * fraction of the seconds deserialising them does): equal to {@link #identity()} of
   * {@link #loadDefault()}, so a rebuild served wholly from the extraction cache never loads a model.
   */
  public static String defaultIdentity() {
    return identity(DEFAULT_MODELS.stream().map(CrfEntityExtractor::digestOf).toList());
  }

  private static String digestOf(String resource) {
    try (InputStream in = CrfEntityExtractor.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new NerModelException("NER model not on the classpath: " + resource, null);
      }
      DigestInputStream digesting = new DigestInputStream(in, sha256());
      digesting.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    } catch (IOException e) {
      throw new NerModelException("cannot read NER model " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Every model's digest in tagging order: the cache key covers all of them and their order. */
  private static String identity(List<String> modelDigests) {
    return "crf-v" + TAGGER_VERSION + ";" + TOKENIZER_OPTIONS + ";chunk=" + MAX_CHUNK_CHARS
        + ";sha256=" + String.join("+", modelDigests);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public List<Entity> extract(String title, String body) {
    return Extraction.entities(title, body, tag(title, body));
  }

  @Override
  public List<Mention> tag(String title, String body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    List<Mention> mentions = new ArrayList<>();
    // Company markup ("<Woodco Inc>") is blanked to spaces: the offsets stay, the tagger sees
    // words.
    tag(CompanyMarkup.blank(title), true, mentions);
    tag(CompanyMarkup.blank(body), false, mentions);
    return mentions;
  }

  /** Tags one field chunk by chunk, adding mentions with offsets into the whole field. */
  void tag(String text, boolean inTitle, List<Mention> out) {
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (start < text.length()) {
      int end = breaks.find(start) ? breaks.start() : text.length();
      int next = end == text.length() ? end : breaks.end();
      for (int from = start; from < end; ) {
        int to = chunkEnd(text, from, end);
        tagChunk(text.substring(from, to), from, inTitle, out);
        from = to;
      }
      start = next;
    }
  }

  /**
   * Tags a chunk with each model in turn; a later model's span is kept only when it overlaps no
   * span an earlier model found, so a name is never split between two models' different readings
   * of it (the 3-class model's "Bank of England" and the 4-class model's "England"). Two exceptions,
   * both where the later span overlaps exactly one earlier span:
   * <ul>
   *   <li>where the 4-class CoNLL model reads exactly the same span as an organization that the
   *       3-class model read as a location, the organization wins: CoNLL's model has learnt that a
   *       city or country fielding a team, or "U.S. Embassy", is an organization (CoNLL-2003 test
   *       micro F1 0.9025 to 0.9040, CoNLL++ 0.9079 to 0.9098);
   *   <li>where it reads a longer name of the same type around the earlier span, the longer name
   *       wins: the 3-class model often stops at the part of a name it knows ("Hezbollah" of
   *       "Kata’ib Hezbollah"), and a longer span of the same type never splits a name the way a
   *       different type's reading can (test 0.9040 to 0.9052, CoNLL++ 0.9098 to 0.9115).
   * </ul>
   */
  private void tagChunk(String chunk, int offset, boolean inTitle, List<Mention> out) {
    if (chunk.isBlank()) {
      return;
    }
    // Every earlier model's span, MISC included (type null): a later span overlapping a MISC
    // reading is a different reading of the same words, not a gap to fill.
    List<Tagged> earlier = new ArrayList<>();
    for (CRFClassifier<CoreLabel> classifier : classifiers) {
      List<Tagged> found = new ArrayList<>();
      for (Triple<String, Integer, Integer> t : classifier.classifyToCharacterOffsets(chunk)) {
        EntityType type = switch (t.first()) {
          case "PERSON" -> EntityType.PERSON;
          case "ORGANIZATION" -> EntityType.ORG;
          case "LOCATION" -> EntityType.PLACE;
          default -> null; // MISC (nationalities, events, works) is not faceted
        };
        Tagged tagged = new Tagged(type, t.second(), t.third());
        List<Tagged> overlapped = earlier.stream().filter(tagged::overlaps).toList();
        if (overlapped.isEmpty()) {
          found.add(tagged);
        } else if (overlapped.size() == 1 && replaces(tagged, overlapped.getFirst())) {
          earlier.set(earlier.indexOf(overlapped.getFirst()), tagged);
        }
      }
      earlier.addAll(found);
    }
    for (Tagged tagged : earlier) {
      if (tagged.type() != null) {
        out.add(new Mention(
            tagged.type(), new Span(inTitle, offset + tagged.start(), offset + tagged.end())));
      }
    }
  }

  /** Whether a later model's span wins over the one earlier span it overlaps (see tagChunk). */
  private static boolean replaces(Tagged later, Tagged earlier) {
    if (later.type() == null || earlier.type() == null) {
      return false;
    }
    boolean sameSpan = later.start() == earlier.start() && later.end() == earlier.end();
    if (sameSpan) {
      return later.type() == EntityType.ORG && earlier.type() == EntityType.PLACE;
    }
    return later.type() == earlier.type()
        && later.start() <= earlier.start()
        && earlier.end() <= later.end();
  }

  /** One model's span in a chunk; {@code type} is null for a MISC span. */
  private record Tagged(EntityType type, int start, int end) {
    boolean overlaps(Tagged other) {
      return start < other.end && other.start < end;
    }
  }

  /** Where a chunk starting at {@code from} ends: the paragraph end, or a cut within the limit. */
  static int chunkEnd(String text, int from, int paragraphEnd) {
    if (paragraphEnd - from <= MAX_CHUNK_CHARS) {
      return paragraphEnd;
    }
    int limit = from + MAX_CHUNK_CHARS;
    int cut = text.lastIndexOf('\n', limit);
    if (cut <= from) {
      cut = text.lastIndexOf(' ', limit);
    }
    if (cut > from) {
      return cut + 1;
    }
    // No break at all: cut anywhere, but never inside a surrogate pair.
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
