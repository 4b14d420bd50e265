// The facet sidebar: one collapsible group per dimension, a checkbox per value (ticking one
// navigates to the filtered search) and an "exclude" toggle beside it (`nf.<dim>`), the first ten
// values shown and the rest behind "show more", and a search box in lists that have more.

import { h, clear } from './dom.js';
import { formatCount } from './format.js';
import { DIMS, DIM_LABELS, emptyState, excluded, toUrl, toggleExclude, toggleFilter } from './state.js';
import { FacetFinder } from './facetfind.js';

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
    // Display labels seen so far: an excluded value drops out of the counts, but keeps its name.
    this.labels = new Map();
    this.wide = window.matchMedia('(min-width: 48rem)');
  }

  isOpen(dim, hasSelection) {
    return this.open.get(dim) ?? (this.wide.matches || hasSelection);
  }

  /** The display form of a value, as last seen in a facet list; the value itself otherwise. */
  labelOf(dim, value) {
    return this.labels.get(`${dim}\u0000${value}`) ?? value;
  }

  /** Whether a display label for the value has been seen (in any facet list or label lookup). */
  knows(dim, value) {
    return this.labels.has(`${dim}\u0000${value}`);
  }

  remember(dim, value, label) {
    if (typeof label === 'string' && label) this.labels.set(`${dim}\u0000${value}`, label);
  }

  render(state, facets) {
    clear(this.el);
    for (const dim of DIMS) {
      const values = Array.isArray(facets?.[dim]) ? facets[dim] : [];
      for (const v of values) if (v.label) this.labels.set(`${dim}\u0000${v.value}`, v.label);
      this.el.append(this.group(state, dim, values));
    }
  }

  group(state, dim, values) {
    const listId = `facet-${dim}`;
    const selected = state.f[dim].length + excluded(state, dim).length;
    const open = this.isOpen(dim, selected > 0);
    const button = h('button', { type: 'button', class: 'facet-toggle', 'aria-expanded': String(open), 'aria-controls': listId },
      h('span', null, DIM_LABELS[dim]),
      selected ? h('span', { class: 'facet-sel' }, `${selected} selected`) : null);
    const body = h('div', { id: listId, class: 'facet-body', hidden: !open });
    button.addEventListener('click', () => {
      const now = button.getAttribute('aria-expanded') !== 'true';
      this.open.set(dim, now);
      button.setAttribute('aria-expanded', String(now));
      body.hidden = !now;
    });
    if (!values.length && !excluded(state, dim).length) {
      body.append(h('p', { class: 'facet-none' }, 'None in these results'));
    } else {
      this.fillBody(body, state, dim, values);
    }
    return h('section', { class: 'facet', 'aria-label': DIM_LABELS[dim] }, h('h2', null, button), body);
  }

  /**
   * One value: its checkbox and label, and a toggle that excludes it. An excluded value has no
   * count (its stories are gone from every count), so it shows struck through with the toggle pressed.
   */
  item(state, dim, v, id, hidden) {
    const label = v.label || this.labelOf(dim, v.value);
    const isOut = excluded(state, dim).includes(v.value);
    const target = { dim, value: v.value };
    const box = h('input', { type: 'checkbox', id, checked: !isOut && (v.selected || state.f[dim].includes(v.value)), dataset: { dim, value: v.value } });
    box.addEventListener('change', () => this.onToggle(toggleFilter(state, dim, v.value), target));
    const x = h('button', { type: 'button', class: 'facet-x', 'aria-pressed': String(isOut), dataset: { dim, value: v.value },
      'aria-label': isOut ? `Stop excluding ${label}` : `Exclude ${label}`, title: isOut ? 'Stop excluding' : 'Leave out stories with this' }, isOut ? '↺' : '⊘');
    x.addEventListener('click', () => this.onToggle(toggleExclude(state, dim, v.value), { ...target, exclude: true }));
    const cls = isOut ? 'excluded' : v.count === 0 ? 'zero' : null;
    return h('li', { class: cls, hidden: hidden && !box.checked && !isOut },
      box, h('label', { for: id }, h('span', { class: 'facet-label' }, label),
        isOut ? h('span', { class: 'facet-count' }, 'excluded') : h('span', { class: 'facet-count' }, formatCount(v.count ?? 0))),
      x);
  }

  fillBody(body, state, dim, values) {
    const all = this.expanded.has(dim);
    const list = h('ul', { class: 'facet-list', id: `${body.id}-list` });
    const outs = excluded(state, dim).filter((value) => !values.some((v) => v.value === value)).map((value) => ({ value, count: 0 }));
    [...outs, ...values].forEach((v, i) => list.append(this.item(state, dim, v, `f-${dim}-${i}`, !all && i >= SHOWN + outs.length)));
    const hiddenCount = values.length - SHOWN;
    if (hiddenCount > 0) {
      // Long lists can also be searched: the API looks through every value, not just the 50 sent.
      body.append(new FacetFinder(dim, DIM_LABELS[dim], state, (v, id) => this.item(state, dim, v, id, false), list).element);
    }
    body.append(list);
    if (hiddenCount > 0) {
      const more = h('button', { type: 'button', class: 'facet-more', 'aria-expanded': String(all), 'aria-controls': list.id },
        all ? 'Show fewer' : `Show ${formatCount(hiddenCount)} more`);
      more.addEventListener('click', () => {
        if (this.expanded.has(dim)) this.expanded.delete(dim); else this.expanded.add(dim);
        const nowAll = this.expanded.has(dim);
        [...list.children].forEach((li, i) => {
          li.hidden = !nowAll && i >= SHOWN + outs.length && !li.querySelector('input').checked && !li.classList.contains('excluded');
        });
        more.setAttribute('aria-expanded', String(nowAll));
        more.textContent = nowAll ? 'Show fewer' : `Show ${formatCount(hiddenCount)} more`;
      });
      body.append(more);
    }
  }

  /** After a re-render, puts keyboard focus back on the checkbox ticked or the value excluded. */
  refocus(target) {
    if (!target) return;
    const selector = target.exclude ? 'button.facet-x' : 'input[type=checkbox]';
    const el = [...this.el.querySelectorAll(selector)]
      .find((b) => b.dataset.dim === target.dim && b.dataset.value === target.value);
    if (el) el.focus();
  }

  /** Full navigable URL for a facet value, used by the story view's entity links. */
  static filterUrl(dim, value) {
    return toUrl(toggleFilter(emptyState(), dim, value));
  }
}
