package org.morgue.indexer.reworded;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The quantized all-MiniLM-L6-v2 sentence model (ONNX, in its jar: no download). The model is loaded on
 * the first sentence that needs it, so a rebuild whose sentences are all cached never loads it.
 */
public final class MiniLmEncoder implements SentenceEncoder {

  /** Sentences per call: the model pads a batch to its longest sentence, so batches stay small. */
  static final int BATCH = 64;

  private final Supplier<EmbeddingModel> loader;
  private EmbeddingModel model;

  public MiniLmEncoder() {
    this(AllMiniLmL6V2QuantizedEmbeddingModel::new);
  }

  MiniLmEncoder(Supplier<EmbeddingModel> loader) {
    this.loader = loader;
  }

  @Override
  public synchronized List<SentenceVector> encode(List<String> sentences) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    if (model == null) {
      model = loader.get();
    }
    List<SentenceVector> out = new ArrayList<>(sentences.size());
    for (int from = 0; from < sentences.size(); from += BATCH) {
      List<TextSegment> batch =
          sentences.subList(from, Math.min(sentences.size(), from + BATCH)).stream()
              .map(TextSegment::from)
              .toList();
      for (Embedding e : model.embedAll(batch).content()) {
        out.add(SentenceVector.of(e.vector()));
      }
    }
    return out;
  }
}
