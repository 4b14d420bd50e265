// Display labels for filter values a shared link names but the search's facet lists do not carry:
// an excluded value is gone from every count, and a ticked value may sit below the 50 sent. The
// facet-values API over the whole archive (no other parameters) names every value there is.

import { getFacetValues } from './api.js';
import { DIMS, emptyState, excluded } from './state.js';

/** `[dim, value]` pairs of the state's filters and exclusions that `known(dim, value)` cannot label. */
export function unlabelled(state, known) {
  const out = [];
  for (const d of DIMS) {
    for (const v of [...state.f[d], ...excluded(state, d)]) if (!known(d, v)) out.push([d, v]);
  }
  return out;
}

/**
 * Looks each pair up and hands `remember(dim, value, label)` the labels found; a value no story has
 * keeps its key. Resolves once every lookup has answered (or failed: a label is decoration).
 */
export async function lookUpLabels(pairs, remember, signal) {
  await Promise.all(pairs.map(async ([dim, value]) => {
    try {
      const found = await getFacetValues(emptyState(), dim, value, 50, signal);
      const hit = (Array.isArray(found?.values) ? found.values : []).find((x) => x?.value === value);
      if (hit) remember(dim, value, hit.label);
    } catch (e) {
      if (e.name === 'AbortError') throw e;
    }
  }));
}
