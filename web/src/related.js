// Related stories under a story (`GET /api/stories/{id}/similar`): the archive's other coverage
// of the same people, organizations and places. Each is a link to that story that keeps the
// search, so "Back to results" still returns to the list the journalist came from.

import { h, joined } from './dom.js';
import { formatDate } from './format.js';
import { toUrl } from './state.js';
import { getSimilar } from './api.js';

export const RELATED_SIZE = 5;

function item(state, hit) {
  const meta = joined([
    hit.published ? h('time', { datetime: hit.published }, formatDate(hit.published)) : h('span', { class: 'undated' }, 'Undated'),
    hit.source ? h('span', { class: 'outlet' }, hit.source) : null,
  ]);
  return h('li', null,
    h('a', { href: toUrl({ ...state, story: hit.id }), 'data-nav': '', 'data-story': hit.id }, hit.title || 'Untitled story'),
    h('span', { class: 'meta' }, meta));
}

/**
 * Fills `section` once the answer arrives. Related stories are an extra: when the lookup fails
 * the section says so in a line and the story stays as it is.
 */
export async function loadRelated(section, state, id, signal) {
  section.setAttribute('aria-busy', 'true');
  try {
    const found = await getSimilar(id, RELATED_SIZE, signal);
    const hits = (Array.isArray(found.hits) ? found.hits : []).filter((x) => typeof x?.id === 'string');
    section.replaceChildren(h('h2', null, 'Related stories'), hits.length
      ? h('ol', { class: 'related-list' }, hits.map((x) => item(state, x)))
      : h('p', { class: 'muted' }, 'No other story in the archive is close to this one.'));
  } catch (e) {
    if (e.name === 'AbortError') return;
    section.replaceChildren(h('h2', null, 'Related stories'), h('p', { class: 'muted' }, `Related stories could not be loaded: ${e.message}`));
  } finally {
    section.removeAttribute('aria-busy');
  }
}

/** The (still empty) section, placed at the end of the story so it never moves the text while loading. */
export function relatedSection() {
  return h('section', { class: 'related', 'aria-label': 'Related stories' }, h('h2', null, 'Related stories'), h('p', { class: 'muted' }, 'Looking for related stories…'));
}
