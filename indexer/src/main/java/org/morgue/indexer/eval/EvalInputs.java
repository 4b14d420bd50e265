package org.morgue.indexer.eval;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The inputs every evaluation reads, as one picocli mixin: the shared corpora and the seed stories. */
final class EvalInputs {

  @Option(
      names = "--corpora",
      paramLabel = "DIR",
      defaultValue = "../shared/corpora",
      description = "the shared corpora (default ${DEFAULT-VALUE})")
  Path corpora;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "testdata/seeds",
      description = "the seed stories (default ${DEFAULT-VALUE})")
  Path seeds;
}
