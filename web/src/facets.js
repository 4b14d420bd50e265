// The facet sidebar: one collapsible group per dimension, a checkbox per value (ticking one
// navigates to the filtered search), the first ten values shown and the rest behind "show more".

import { h, clear } from './dom.js';
import { formatCount } from './format.js';
import { DIMS, emptyState, toUrl, toggleFilter } from './state.js';
import { DIM_LABELS } from './results.js';

const SHOWN = 10;

/**
 * UI-only state that survives re-renders but does not belong in the URL: which groups are
 * open and which show all values. Groups start open on wide screens and closed on phones,
 * where the sidebar sits above the results.
 */
export class FacetView {
  constructor(el, onToggle) {
    this.el = el;
    this.onToggle = onToggle;
    this.open = new Map();
    this.expanded = new Set();
    this.wide = window.matchMedia('(min-width: 48rem)');
  }

  isOpen(dim, hasSelection) {
    return this.open.get(dim) ?? (this.wide.matches || hasSelection);
  }

  render(state, facets) {
    clear(this.el);
    for (const dim of DIMS) this.el.append(this.group(state, dim, Array.isArray(facets?.[dim]) ? facets[dim] : []));
  }

  group(state, dim, values) {
    const listId = `facet-${dim}`;
    const selected = state.f[dim];
    const open = this.isOpen(dim, selected.length > 0);
    const button = h('button', { type: 'button', class: 'facet-toggle', 'aria-expanded': String(open), 'aria-controls': listId },
      h('span', null, DIM_LABELS[dim]),
      selected.length ? h('span', { class: 'facet-sel' }, `${selected.length} selected`) : null);
    const body = h('div', { id: listId, class: 'facet-body', hidden: !open });
    button.addEventListener('click', () => {
      const now = button.getAttribute('aria-expanded') !== 'true';
      this.open.set(dim, now);
      button.setAttribute('aria-expanded', String(now));
      body.hidden = !now;
    });
    if (!values.length) {
      body.append(h('p', { class: 'facet-none' }, 'None in these results'));
    } else {
      this.fillBody(body, state, dim, values);
    }
    return h('section', { class: 'facet', 'aria-label': DIM_LABELS[dim] }, h('h2', null, button), body);
  }

  fillBody(body, state, dim, values) {
    const all = this.expanded.has(dim);
    const list = h('ul', { class: 'facet-list', id: `${body.id}-list` });
    values.forEach((v, i) => {
      const label = v.label || v.value;
      const id = `f-${dim}-${i}`;
      const box = h('input', { type: 'checkbox', id, checked: v.selected || state.f[dim].includes(v.value), dataset: { dim, value: v.value } });
      box.addEventListener('change', () => this.onToggle(toggleFilter(state, dim, v.value), { dim, value: v.value }));
      const li = h('li', { class: v.count === 0 ? 'zero' : null, hidden: !all && i >= SHOWN && !box.checked },
        box, h('label', { for: id }, h('span', { class: 'facet-label' }, label), h('span', { class: 'facet-count' }, formatCount(v.count ?? 0))));
      list.append(li);
    });
    body.append(list);
    const hiddenCount = values.length - SHOWN;
    if (hiddenCount > 0) {
      const more = h('button', { type: 'button', class: 'facet-more', 'aria-expanded': String(all), 'aria-controls': list.id },
        all ? 'Show fewer' : `Show ${formatCount(hiddenCount)} more`);
      more.addEventListener('click', () => {
        if (this.expanded.has(dim)) this.expanded.delete(dim); else this.expanded.add(dim);
        const nowAll = this.expanded.has(dim);
        [...list.children].forEach((li, i) => { li.hidden = !nowAll && i >= SHOWN && !li.querySelector('input').checked; });
        more.setAttribute('aria-expanded', String(nowAll));
        more.textContent = nowAll ? 'Show fewer' : `Show ${formatCount(hiddenCount)} more`;
      });
      body.append(more);
    }
  }

  /** After a re-render, puts keyboard focus back on the checkbox the user just ticked. */
  refocus(target) {
    if (!target) return;
    const box = [...this.el.querySelectorAll('input[type=checkbox]')]
      .find((b) => b.dataset.dim === target.dim && b.dataset.value === target.value);
    if (box) box.focus();
  }

  /** Full navigable URL for a facet value, used by the story view's entity links. */
  static filterUrl(dim, value) {
    return toUrl(toggleFilter(emptyState(), dim, value));
  }
}
