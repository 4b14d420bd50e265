package org.morgue.indexer.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores against gold clusters, over the same items: B-cubed precision, recall and F1
 * (Bagga and Baldwin 1998: per item, the share of its predicted cluster in its gold cluster and back)
 * and the adjusted Rand index (Hubert and Arabie 1985: pair agreement corrected for chance).
 */
record EventMeasures(double precision, double recall, double f1, double ari) {

  static EventMeasures of(List<String> gold, List<String> predicted) {
    int n = gold.size();
    Map<String, Integer> goldSize = counts(gold);
    Map<String, Integer> predSize = counts(predicted);
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(gold.get(i) + "\u0000" + predicted.get(i));
      p += (double) common / predSize.get(predicted.get(i));
      r += (double) common / goldSize.get(gold.get(i));
    }
    p /= n;
    r /= n;
    double sumBoth = both.values().stream().mapToDouble(EventMeasures::pairs).sum();
    double sumGold =
        goldSize.values().stream().mapToDouble(EventMeasures::pairs).sum();
    double sumPred =
        predSize.values().stream().mapToDouble(EventMeasures::pairs).sum();
    double expected = sumGold * sumPred / pairs(n);
    double max = (sumGold + sumPred) / 2;
    double ari = max == expected ? 1 : (sumBoth - expected) / (max - expected);
    return new EventMeasures(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), ari);
  }

  private static double pairs(int k) {
    return k * (k - 1) / 2.0;
  }

  private static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> out = new HashMap<>();
    labels.forEach(l -> out.merge(l, 1, Integer::sum));
    return out;
  }
}
