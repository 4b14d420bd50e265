// The result list, its summary line, the active-filter chips and the pager.

import { h, clear, joined } from './dom.js';
import { formatDate, formatCount, plural, safeHref } from './format.js';
import { highlightedFragment } from './markup.js';
import { entityUrl } from './tools.js';
import { eventBadge } from './events.js';
import { DIMS, DIM_LABELS, DIM_SINGULAR, ENTITY_DIMS, toUrl, withChanges, toggleFilter, toggleExclude, excluded, hasConstraints } from './state.js';

/**
 * The one-line summary, also the live region that announces each new total. With copies collapsed
 * the list has one entry per copy group while facet counts count stories, so the line says both:
 * "19,012 stories in the archive, 2,566 more as copies" adds up to the masthead's 21,578.
 */
export function renderSummary(el, state, data) {
  const total = data.total?.value ?? 0;
  const count = data.total?.exact === false ? `More than ${plural(total, 'story', 'stories')}` : plural(total, 'story', 'stories');
  const verb = total === 1 && data.total?.exact !== false ? ' matches ' : ' match ';
  const what = state.q.trim() ? [verb, h('q', { class: 'echo' }, state.q.trim())] : hasConstraints(state) ? `${verb}the filters` : ' in the archive';
  const copies = Number.isFinite(data.total?.stories) ? data.total.stories - total : 0;
  const more = copies > 0 ? h('span', { class: 'copies' }, `, ${formatCount(copies)} more as ${copies === 1 ? 'a copy' : 'copies'}`) : null;
  const took = Number.isFinite(data.took_ms) ? h('span', { class: 'took' }, ` (${formatCount(data.took_ms)} ms)`) : null;
  clear(el).append(...[h('strong', null, count), what, more, took].flat().filter(Boolean));
}

function dateLabel(state) {
  if (state.from && state.to) return state.from === state.to ? formatDate(state.from) : `${formatDate(state.from)} – ${formatDate(state.to)}`;
  return state.from ? `from ${formatDate(state.from)}` : `until ${formatDate(state.to)}`;
}

/**
 * Removable chips for every active filter, labelled with the facet's display form when known
 * (`labelOf` remembers labels of excluded values, which no longer come back in the counts).
 */
export function renderChips(el, state, facets, labelOf = (d, v) => v) {
  clear(el);
  const chips = [];
  for (const d of DIMS) {
    for (const v of state.f[d]) {
      const label = facets?.[d]?.find((x) => x.value === v)?.label ?? labelOf(d, v);
      chips.push(chip(`${DIM_SINGULAR[d]}: ${label}`, toUrl(toggleFilter(state, d, v))));
    }
    for (const v of excluded(state, d)) {
      chips.push(chip(`Not ${DIM_SINGULAR[d].toLowerCase()}: ${labelOf(d, v)}`, toUrl(toggleExclude(state, d, v)), 'chip excl'));
    }
  }
  if (state.from || state.to) chips.push(chip(`Date: ${dateLabel(state)}`, toUrl(withChanges(state, { from: '', to: '' }))));
  if (state.undated === 'only') chips.push(chip('Date: undated only', toUrl(withChanges(state, { undated: 'include' }))));
  if (state.undated === 'exclude') chips.push(chip('Date: dated only', toUrl(withChanges(state, { undated: 'include' }))));
  if (!chips.length) return;
  const all = emptyFilters(state);
  el.append(h('ul', { class: 'chips', 'aria-label': 'Active filters' }, chips.map((c) => h('li', null, c))));
  if (chips.length > 1) el.append(h('a', { class: 'clear-all', href: toUrl(all), 'data-nav': '' }, 'Clear all filters'));
}

function emptyFilters(state) {
  const none = () => Object.fromEntries(DIMS.map((d) => [d, []]));
  return withChanges(state, { f: none(), nf: none(), from: '', to: '', undated: 'include' });
}

function chip(text, href, cls = 'chip') {
  return h('a', { class: cls, href, 'data-nav': '', 'aria-label': `Remove filter ${text}` },
    h('span', null, text), h('span', { class: 'x', 'aria-hidden': 'true' }, '×'));
}

function entityLine(entities) {
  const parts = [];
  for (const d of ENTITY_DIMS) {
    const names = Array.isArray(entities?.[d]) ? entities[d].slice(0, 4) : [];
    if (names.length) parts.push(h('span', { class: `ents-${d}` }, h('span', { class: 'ents-k' }, `${DIM_LABELS[d]}: `),
      joined(names.map((n) => h('a', { class: 'ent-link', href: entityUrl(d, n), 'data-nav': '' }, n)), ', ')));
  }
  return parts.length ? h('p', { class: 'ents' }, joined(parts, ' · ')) : null;
}

function hitItem(state, hit) {
  const href = toUrl({ ...state, story: hit.id });
  const title = hit.title_hl ? highlightedFragment(hit.title_hl) : (hit.title || 'Untitled story');
  const original = safeHref(hit.url);
  const meta = joined([
    hit.published ? h('time', { datetime: hit.published }, formatDate(hit.published)) : h('span', { class: 'undated' }, 'Undated'),
    hit.source ? h('span', { class: 'outlet' }, hit.source) : null,
    hit.versions > 1 ? h('a', { class: 'versions-badge', href: `${href}#versions`, 'data-nav': '' }, `+${hit.versions - 1} ${hit.versions === 2 ? 'version' : 'versions'}`) : null,
    hit.byline ? h('span', { class: 'byline' }, hit.byline) : null,
    original ? h('a', { href: original, class: 'orig', rel: 'noopener noreferrer', target: '_blank' }, 'original') : null,
    eventBadge(hit.event, href),
  ]);
  const snippets = (hit.snippets ?? []).map((s) => h('p', { class: 'snippet' }, highlightedFragment(s)));
  return h('li', { class: 'hit' },
    h('h2', { class: 'hit-title' }, h('a', { href, 'data-nav': '', 'data-story': hit.id }, title)),
    h('p', { class: 'meta' }, meta),
    snippets,
    entityLine(hit.entities));
}

/** The results, or a message saying why there are none and what to try. */
export function renderResults(el, state, data) {
  clear(el);
  const hits = data.hits ?? [];
  const total = data.total?.value ?? 0;
  if (total === 0 && !hasConstraints(state)) {
    el.append(h('div', { class: 'notice' },
      h('h2', null, 'The archive is empty'),
      h('p', null, 'No stories have been indexed yet. Index a folder of stories, then serve that index:'),
      h('pre', null, h('code', null, './morgue index --index DIR PATH…\n./morgue serve --index DIR'))));
    return;
  }
  if (total === 0) {
    const tips = [];
    if (hasConstraints({ ...state, q: '' })) tips.push(['Remove some filters: ', h('a', { href: toUrl(emptyFilters(state)), 'data-nav': '' }, 'search without filters'), '.']);
    tips.push(['Check the spelling, or try fewer or broader words; join alternatives with ', h('code', null, 'OR'), '.']);
    tips.push(['Widen a word with a wildcard (', h('code', null, 'embass*'), ') or allow a near spelling (', h('code', null, 'Khazali~'), ').']);
    el.append(h('div', { class: 'notice' }, h('h2', null, 'No stories found'), h('ul', null, tips.map((t) => h('li', null, t)))));
    return;
  }
  if (!hits.length) {
    const last = Math.max(1, Math.ceil(total / state.size));
    el.append(h('div', { class: 'notice' }, h('h2', null, `Page ${formatCount(state.page)} is past the end`),
      h('p', null, h('a', { href: toUrl({ ...state, page: last }), 'data-nav': '' }, `Go to the last page (${formatCount(last)})`))));
    return;
  }
  const start = (state.page - 1) * state.size + 1;
  el.append(h('ol', { class: 'hits', start }, hits.map((hit) => hitItem(state, hit))));
}

/** Previous/next and a window of page numbers around the current page. */
export function renderPager(el, state, data) {
  clear(el);
  const total = data.total?.value ?? 0;
  const last = Math.ceil(total / state.size);
  if (last <= 1 || !(data.hits ?? []).length) return;
  const link = (page, text, attrs = {}) => h('a', { href: toUrl({ ...state, page }), 'data-nav': '', ...attrs }, text);
  const items = [];
  items.push(state.page > 1 ? link(state.page - 1, '← Previous', { rel: 'prev' }) : h('span', { class: 'off' }, '← Previous'));
  const pages = new Set([1, last]);
  for (let p = Math.max(1, state.page - 2); p <= Math.min(last, state.page + 2); p += 1) pages.add(p);
  let prev = 0;
  for (const p of [...pages].sort((a, b) => a - b)) {
    if (p - prev > 1) items.push(h('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(p === state.page ? h('span', { class: 'current', 'aria-current': 'page' }, formatCount(p)) : link(p, formatCount(p), { 'aria-label': `Page ${p}` }));
    prev = p;
  }
  items.push(state.page < last ? link(state.page + 1, 'Next →', { rel: 'next' }) : h('span', { class: 'off' }, 'Next →'));
  el.append(h('ul', null, items.map((i) => h('li', null, i))));
}
