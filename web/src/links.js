// Links to the entity pages, with no DOM in them (so Node's tests run them): the page of a name, and
// what the facet sidebar puts beside each person, organisation and place it lists.

import { ENTITY_DIMS } from './state.js';

/** The entity page of a name (the label works: the server folds it to the key). */
export function entityUrl(type, value) {
  return `?${new URLSearchParams({ view: 'entity', type, key: value })}`;
}

/**
 * The profile link beside a facet value: where it goes, its accessible name and its tooltip; null for
 * facets that are not names (outlets, tags), which have no entity page.
 */
export function facetProfile(dim, value, label) {
  if (!ENTITY_DIMS.includes(dim) || typeof value !== 'string' || value === '') return null;
  const name = typeof label === 'string' && label !== '' ? label : value;
  return { href: entityUrl(dim, value), name: `Profile of ${name}`, title: `Who ${name} is in the archive` };
}
