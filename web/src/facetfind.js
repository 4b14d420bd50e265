// The search box inside a long facet list: typing looks the text up among every value of the
// facet over the current result set (`GET /api/facets/{dim}?contains=`), not only the fifty the
// search sent, and shows the matches as the same checkboxes and exclude toggles.

import { h, clear } from './dom.js';
import { formatCount, plural } from './format.js';
import { getFacetValues } from './api.js';

/** Waits this long after the last keystroke, so a fast typist sends one request, not one per key. */
export const DEBOUNCE_MS = 250;
const SIZE = 50;

/** What the status line says about a lookup's answer. */
export function findStatus(text, shown, matching, dimLabel) {
  if (matching === 0) return `No ${dimLabel.toLowerCase()} match “${text}”`;
  const n = plural(matching, 'match', 'matches');
  return shown < matching ? `${n}; the first ${formatCount(shown)} shown` : n;
}

export class FacetFinder {
  /**
   * @param itemOf builds one list item for a facet value and an element id
   * @param list the group's own value list, hidden while a lookup's matches are shown
   */
  constructor(dim, dimLabel, state, itemOf, list) {
    this.dim = dim;
    this.dimLabel = dimLabel;
    this.state = state;
    this.itemOf = itemOf;
    this.list = list;
    this.timer = null;
    this.inflight = null;
    const id = `find-${dim}`;
    this.input = h('input', { type: 'search', id, class: 'facet-find-q', autocomplete: 'off', spellcheck: 'false',
      placeholder: `Find ${dimLabel.toLowerCase()}…`, 'aria-controls': `${id}-list`, 'aria-describedby': `${id}-status` });
    this.status = h('p', { class: 'facet-find-status', id: `${id}-status`, role: 'status', 'aria-live': 'polite' });
    this.matches = h('ul', { class: 'facet-list facet-find-list', id: `${id}-list`, hidden: true });
    this.element = h('div', { class: 'facet-find' },
      h('label', { for: id, class: 'vh' }, `Find ${dimLabel.toLowerCase()} in these results`), this.input, this.status, this.matches);
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.key(e));
  }

  schedule() {
    clearTimeout(this.timer);
    this.inflight?.abort();
    const text = this.input.value.trim();
    if (!text) { this.reset(); return; }
    this.timer = setTimeout(() => this.lookUp(text), DEBOUNCE_MS);
  }

  /** Back to the group's own list. */
  reset() {
    clear(this.matches).hidden = true;
    this.status.textContent = '';
    this.list.hidden = false;
    this.element.parentElement?.classList.remove('finding');
  }

  async lookUp(text) {
    this.inflight = new AbortController();
    this.status.textContent = 'Looking…';
    try {
      const found = await getFacetValues(this.state, this.dim, text, SIZE, this.inflight.signal);
      const values = Array.isArray(found.values) ? found.values : [];
      clear(this.matches).append(...values.map((v, i) => this.itemOf(v, `ff-${this.dim}-${i}`)));
      this.matches.hidden = false;
      this.list.hidden = true;
      this.element.parentElement?.classList.add('finding');
      this.status.textContent = findStatus(text, values.length, found.matching ?? values.length, this.dimLabel);
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.status.textContent = `The lookup failed: ${e.message}`;
    }
  }

  /** Down arrow or Enter moves into the matches; Esc empties the box (and stays out of the page's own Esc). */
  key(e) {
    if (e.key === 'Escape' && this.input.value) {
      e.preventDefault();
      e.stopPropagation();
      this.input.value = '';
      this.schedule();
    } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      const visible = this.matches.hidden ? this.list : this.matches;
      [...visible.querySelectorAll('input[type=checkbox]')].find((b) => !b.closest('li').hidden)?.focus();
    }
  }
}
