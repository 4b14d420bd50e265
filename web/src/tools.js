// The investigation screens live beside the search list and the story view: `?view=entity`,
// `?view=network`, `?view=batch` and `?view=saved`, each in #tool-view. The search toolbar gets the
// buttons that lead there (network of this search, save it, export it).

import { h, clear } from './dom.js';
import { toParams, toUrl } from './state.js';
import { showEntity } from './entity.js';
import { showNetwork } from './network.js';
import { showBatch } from './batch.js';
import { showSaved, saveForm } from './saved.js';

const VIEWS = { entity: showEntity, network: showNetwork, batch: showBatch, saved: showSaved };

/** The tool the URL asks for, or null for the search list and story view. */
export function toolView(search) {
  const view = new URLSearchParams(search).get('view');
  return Object.hasOwn(VIEWS, view ?? '') ? view : null;
}

/** Renders a tool screen; `navigate(state)` goes back to the search with a new state. */
export function showTool(view, el, state, navigate) {
  el.hidden = false;
  clear(el);
  window.scrollTo(0, 0);
  return VIEWS[view](el, state, new URLSearchParams(location.search), navigate);
}

/** The URL of a tool screen over the current search (`?view=network&q=…`). */
export function toolUrl(view, state, extra = {}) {
  const p = toParams({ ...state, page: 1, story: null });
  p.set('view', view);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return `?${p}`;
}

/** The entity page of a name (the label works: the server folds it to the key). */
export function entityUrl(type, value) {
  return `?${new URLSearchParams({ view: 'entity', type, key: value })}`;
}

/** Network, save and export buttons over the current result list. */
export function renderSearchTools(el, state) {
  const params = toParams({ ...state, page: 1, story: null });
  params.delete('size');
  const exportUrl = (format) => { const p = new URLSearchParams(params); p.set('format', format); return `/api/export?${p}`; };
  clear(el).append(
    h('a', { class: 'tool-link', href: toolUrl('network', state), 'data-nav': '' }, 'Network'),
    h('a', { class: 'tool-link export-csv', href: exportUrl('csv'), download: 'morgue-export.csv' }, 'Export CSV'),
    h('a', { class: 'tool-link export-jsonl', href: exportUrl('jsonl'), download: 'morgue-export.jsonl' }, 'Export JSONL'),
    saveForm(state, params.toString()));
}

/** A link back to the search the tool was opened from. */
export function backLink(state, text = 'Back to the search') {
  return h('a', { class: 'back', href: toUrl({ ...state, story: null }), 'data-nav': '' }, `← ${text}`);
}
