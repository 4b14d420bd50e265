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
 * People, organizations and places from Stanford CoreNLP's CRF tagger with the 4-class CoNLL
 * model, without the CoreNLP pipeline (which is ~70 times slower and needs ~800 MB).
 *
 * <p>One instance holds one model (~90 MB, seconds to load) and is shared by all indexing threads:
 * {@code classifyToCharacterOffsets} builds its tokens and Viterbi lattice per call and the model's
 * only mutable structure (the known-lower-case-words set) is a concurrent set.
 */
public final class CrfEntityExtractor implements EntityExtractor, MentionTagger {

  /** Classpath location of the model the build unpacks from the CoreNLP models jar. */
  public static final String MODEL_RESOURCE =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

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
   * Version of the tagging code ({@link #tag(String, String)}: chunking, label mapping, tokenizer
   * options). Part of {@link #identity()}, hence of the extraction cache key: bump it whenever a
   * change here can change the raw mentions, and every cached extraction is redone.
   */
  static final int TAGGER_VERSION = 1;

  private final CRFClassifier<CoreLabel> classifier;
  private final String identity;

  private CrfEntityExtractor(CRFClassifier<CoreLabel> classifier, String modelDigest) {
    this.classifier = classifier;
    this.identity = identity(modelDigest);
    // Build the lazily created, synchronized reader once here rather than on the first story.
    classifier.plainTextReaderAndWriter();
  }

  /** Loads the 4-class CoNLL model from the classpath. */
  public static CrfEntityExtractor loadDefault() {
    InputStream in = CrfEntityExtractor.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE);
    if (in == null) {
      throw new NerModelException("NER model not on the classpath: " + MODEL_RESOURCE
          + " (the indexer build unpacks it from the CoreNLP models jar)", null);
    }
    return load(in, "classpath:" + MODEL_RESOURCE);
  }

  /**
   * Loads a serialized, gzipped CRF model.
   *
   * @param gzipped the model stream; closed here
   * @param origin where it came from, for messages
   */
  public static CrfEntityExtractor load(InputStream gzipped, String origin) {
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("tokenizerOptions", TOKENIZER_OPTIONS);
    DigestInputStream digesting = new DigestInputStream(gzipped, sha256());
    try (ObjectInputStream ois = new ObjectInputStream(
        new BufferedInputStream(new GZIPInputStream(digesting), 1 << 16))) {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(ois, props);
      // The digest must cover the whole file, as defaultIdentity()'s does, whatever the decoder read.
      digesting.transferTo(OutputStream.nullOutputStream());
      LOG.info("Loaded NER model {} in {} ms", origin, (System.nanoTime() - t0) / 1_000_000);
      return new CrfEntityExtractor(crf, HexFormat.of().formatHex(digesting.getMessageDigest().digest()));
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new NerModelException("cannot read NER model " + origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * The identity of the bundled model without loading it (reading and hashing the file takes a
   * fraction of the seconds deserialising it does): equal to {@link #identity()} of
   * {@link #loadDefault()}, so a rebuild served wholly from the extraction cache never loads the model.
   */
  public static String defaultIdentity() {
    try (InputStream in = CrfEntityExtractor.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new NerModelException("NER model not on the classpath: " + MODEL_RESOURCE, null);
      }
      DigestInputStream digesting = new DigestInputStream(in, sha256());
      digesting.transferTo(OutputStream.nullOutputStream());
      return identity(HexFormat.of().formatHex(digesting.getMessageDigest().digest()));
    } catch (IOException e) {
      throw new NerModelException("cannot read NER model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static String identity(String modelDigest) {
    return "crf-v" + TAGGER_VERSION + ";" + TOKENIZER_OPTIONS + ";chunk=" + MAX_CHUNK_CHARS + ";sha256=" + modelDigest;
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
    tag(title, true, mentions);
    tag(body, false, mentions);
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

  private void tagChunk(String chunk, int offset, boolean inTitle, List<Mention> out) {
    if (chunk.isBlank()) {
      return;
    }
    for (Triple<String, Integer, Integer> t : classifier.classifyToCharacterOffsets(chunk)) {
      EntityType type = switch (t.first()) {
        case "PERSON" -> EntityType.PERSON;
        case "ORGANIZATION" -> EntityType.ORG;
        case "LOCATION" -> EntityType.PLACE;
        default -> null; // MISC (nationalities, events, works) is not faceted
      };
      if (type != null) {
        out.add(new Mention(type, new Span(inTitle, offset + t.second(), offset + t.third())));
      }
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
