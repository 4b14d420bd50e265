package org.morgue.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Which store {@code index} and {@code serve} work on: the embedded Lucene index (the default) or an
 * OpenSearch cluster, chosen with {@code --backend lucene|opensearch}.
 */
enum Backend {
  LUCENE,
  OPENSEARCH;

  static final String OPTION = "--backend";

  /** The backend the arguments ask for; an unknown name is left to the command to report. */
  static Backend of(String[] args) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(OPTION) && args[i + 1].equals("opensearch")) {
        return OPENSEARCH;
      }
    }
    return LUCENE;
  }

  /** The arguments without {@code --backend lucene}, for the embedded commands that do not know the option. */
  static List<String> strip(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(OPTION) && i + 1 < args.length && args[i + 1].equals("lucene")) {
        i++;
      } else {
        out.add(args[i]);
      }
    }
    return out;
  }
}
