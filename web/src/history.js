// The journalist's search history: the last searches made in this browser, newest first, each with
// its result count and time, kept in localStorage only (the server keeps no record of who searched
// what). The list logic is pure (a storage-like object is passed in) so Node's tests can run it.

import { h, clear } from './dom.js';
import { formatCount } from './format.js';
import { DIMS, excluded, toUrl, withChanges } from './state.js';

export const HISTORY_KEY = 'morgue.history.v1';
export const HISTORY_MAX = 50;

/** The stored entries, newest first; anything unreadable (another version, hand edits) counts as none. */
export function loadHistory(storage) {
  try {
    const list = JSON.parse(storage?.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter(validEntry).slice(0, HISTORY_MAX) : [];
  } catch {
    return [];
  }
}

function validEntry(e) {
  return e && typeof e.url === 'string' && typeof e.q === 'string' && Number.isFinite(e.total) && typeof e.at === 'string';
}

function save(storage, list) {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled (private windows): the history is a convenience, the search still works.
  }
}

/**
 * Adds a search at the top; the same search made again moves up with its new count and time rather
 * than filling the list with copies. Returns the new list.
 *
 * @param entry `{ url, q, mode, filters, total, at }`: `url` is the page link of the search (its identity)
 */
export function recordSearch(storage, entry) {
  const list = [entry, ...loadHistory(storage).filter((e) => e.url !== entry.url)].slice(0, HISTORY_MAX);
  save(storage, list);
  return list;
}

export function clearHistory(storage) {
  try {
    storage?.removeItem(HISTORY_KEY);
  } catch {
    // as in save
  }
  return [];
}

/** A finished search as the history lists it: its first page's link, its filters, its count and when. */
export function historyEntry(state, total, when) {
  const filters = DIMS.reduce((n, d) => n + state.f[d].length + excluded(state, d).length, 0)
    + (state.from ? 1 : 0) + (state.to ? 1 : 0) + ((state.undated ?? 'include') !== 'include' ? 1 : 0);
  return { url: toUrl(withChanges(state, {})), q: state.q.trim(), mode: state.mode ?? 'folded', filters, total,
    at: when.toISOString() };
}

/** `14:05, 7 Dec 2026` in the reader's time zone: when they searched, as their clock said. */
export function formatWhen(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return `${time}, ${day}`;
}

function entryItem(e) {
  const what = e.q === '' ? h('span', { class: 'history-noq' }, 'filters only') : h('span', { class: 'history-q' }, e.q);
  return h('li', { class: 'history-item' },
    h('a', { href: e.url, 'data-nav': '' }, what),
    e.mode === 'exact' ? h('span', { class: 'history-mode' }, 'exact') : null,
    e.filters > 0 ? h('span', { class: 'history-filters' }, `+${e.filters} ${e.filters === 1 ? 'filter' : 'filters'}`) : null,
    h('span', { class: 'history-count' }, `${formatCount(e.total)} ${e.total === 1 ? 'story' : 'stories'}`),
    h('time', { class: 'history-when', datetime: e.at }, formatWhen(e.at)));
}

/** The history panel: a disclosure in the search header listing the searches, with "Clear history". */
export class HistoryView {
  constructor(el, storage) {
    this.storage = storage;
    this.list = h('ol', { class: 'history-list' });
    this.count = h('span', { class: 'history-n' });
    this.clearButton = h('button', { type: 'button', class: 'history-clear' }, 'Clear history');
    this.empty = h('p', { class: 'history-empty' }, 'No searches yet. Searches made in this browser are listed here; they are not sent anywhere.');
    this.clearButton.addEventListener('click', () => this.render(clearHistory(this.storage)));
    clear(el).append(h('details', { class: 'history', id: 'history-panel' },
      h('summary', null, 'Search history ', this.count),
      h('div', { class: 'history-body' }, this.empty, this.list, this.clearButton)));
    this.render(loadHistory(storage));
  }

  /** Records a finished search and redraws. */
  record(entry) {
    this.render(recordSearch(this.storage, entry));
  }

  render(entries) {
    this.count.textContent = `(${entries.length})`;
    clear(this.list).append(...entries.map(entryItem));
    this.empty.hidden = entries.length > 0;
    this.list.hidden = entries.length === 0;
    this.clearButton.hidden = entries.length === 0;
  }
}
