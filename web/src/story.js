// The story view. The body is cut into paragraphs and entity mentions by character offsets and
// built from text nodes and elements only: story text never passes through an HTML parser.

import { h, clear, joined } from './dom.js';
import { formatDate, formatCount, safeHref } from './format.js';
import { toUrl, hasConstraints } from './state.js';
import { DIM_LABELS } from './results.js';
import { FacetView } from './facets.js';

const TYPES = ['person', 'org', 'place'];
const TYPE_NAMES = { person: 'Person', org: 'Organization', place: 'Place' };

/**
 * Paragraph ranges `[start, end)` of a body. Blank lines separate paragraphs when there are any;
 * otherwise an indented line starts one (newswire style); otherwise every line is one.
 */
export function paragraphRanges(body) {
  const sep = /\n[ \t]*\n/.test(body) ? /\n[ \t]*\n\s*/g : /\n {2,}\S/.test(body) ? /\n(?=[ \t]{2,}\S)\s*/g : /\n\s*/g;
  const ranges = [];
  let at = 0;
  const push = (a, b) => {
    while (a < b && /\s/.test(body[a])) a += 1;
    while (b > a && /\s/.test(body[b - 1])) b -= 1;
    if (b > a) ranges.push([a, b]);
  };
  for (const m of body.matchAll(sep)) { push(at, m.index); at = m.index + m[0].length; }
  push(at, body.length);
  return ranges;
}

/** Valid mentions, flattened and ordered by position (longest first at a tie); overlaps are dropped. */
export function flatMentions(entities, length) {
  const all = [];
  for (const e of Array.isArray(entities) ? entities : []) {
    if (!TYPES.includes(e?.type)) continue;
    for (const m of Array.isArray(e.mentions) ? e.mentions : []) {
      if (Number.isInteger(m?.start) && Number.isInteger(m?.end) && m.start >= 0 && m.start < m.end && m.end <= length) {
        all.push({ start: m.start, end: m.end, type: e.type, label: e.label || e.value });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const m of all) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

/**
 * Paragraphs as lists of pieces `{text}` or `{text, type, label}`. A mention that crosses a
 * paragraph break is cut at it; single line breaks inside a paragraph read as spaces.
 */
export function segmentBody(body, entities) {
  const mentions = flatMentions(entities, body.length);
  return paragraphRanges(body).map(([a, b]) => {
    const pieces = [];
    let at = a;
    const text = (x, y) => body.slice(x, y).replace(/\s*\n\s*/g, ' ');
    for (const m of mentions) {
      if (m.end <= a || m.start >= b) continue;
      const s = Math.max(m.start, a);
      const e = Math.min(m.end, b);
      if (s > at) pieces.push({ text: text(at, s) });
      pieces.push({ text: text(s, e), type: m.type, label: m.label });
      at = e;
    }
    if (at < b) pieces.push({ text: text(at, b) });
    return pieces;
  });
}

function bodyElement(story) {
  const body = typeof story.body === 'string' ? story.body : '';
  const div = h('div', { class: 'story-body' });
  for (const pieces of segmentBody(body, story.entities)) {
    div.append(h('p', null, pieces.map((p) => (p.type
      ? h('mark', { class: `ent ent-${p.type}`, title: `${TYPE_NAMES[p.type]}: ${p.label}` }, p.text)
      : p.text))));
  }
  if (!div.childElementCount) div.append(h('p', { class: 'muted' }, 'This story has no text.'));
  return div;
}

function entityPanel(story) {
  const sections = [];
  for (const type of TYPES) {
    const list = (Array.isArray(story.entities) ? story.entities : []).filter((e) => e?.type === type && e.value)
      .map((e) => ({ ...e, n: Array.isArray(e.mentions) ? e.mentions.length : 0 }))
      .sort((a, b) => b.n - a.n || String(a.label || a.value).localeCompare(String(b.label || b.value)));
    if (!list.length) continue;
    sections.push(h('section', { class: `ent-group ent-group-${type}` },
      h('h2', null, h('span', { class: `swatch ent-${type}`, 'aria-hidden': 'true' }), DIM_LABELS[type]),
      h('ul', null, list.map((e) => h('li', null,
        h('a', { href: FacetView.filterUrl(type, e.value), 'data-nav': '', title: `All stories with ${e.label || e.value}` }, e.label || e.value),
        e.n > 1 ? h('span', { class: 'facet-count' }, formatCount(e.n)) : null)))));
  }
  const tags = (Array.isArray(story.tags) ? story.tags : []).filter((t) => typeof t === 'string' && t);
  if (tags.length) {
    sections.push(h('section', { class: 'ent-group' }, h('h2', null, 'Tags'),
      h('ul', { class: 'tags' }, tags.map((t) => h('li', null, h('a', { href: FacetView.filterUrl('tag', t), 'data-nav': '' }, t))))));
  }
  if (!sections.length) return null;
  return h('aside', { class: 'story-side', 'aria-label': 'People, organizations and places in this story' },
    h('p', { class: 'side-note' }, 'Follow a name to every story that mentions it.'), sections);
}

function backLink(state) {
  const list = { ...state, story: null };
  return h('a', { class: 'back', href: toUrl(list), 'data-nav': '', 'data-back': '' },
    hasConstraints(list) ? '← Back to results' : '← All stories');
}

export function renderStoryLoading(el, state) {
  clear(el).append(h('p', null, backLink(state)), h('p', { class: 'loading', role: 'status' }, 'Loading story…'));
}

export function renderStoryError(el, state, err) {
  clear(el).append(h('p', null, backLink(state)), h('div', { class: 'notice error', role: 'alert' },
    h('h1', null, err.status === 404 ? 'Story not found' : 'The story could not be loaded'), h('p', null, err.message)));
}

export function renderStory(el, state, story) {
  const original = safeHref(story.url);
  const meta = joined([
    story.published ? h('time', { datetime: story.published }, formatDate(story.published)) : h('span', { class: 'undated' }, 'Undated'),
    story.source ? h('span', { class: 'outlet' }, story.source) : null,
    story.byline ? h('span', { class: 'byline' }, `By ${story.byline}`) : null,
    original ? h('a', { href: original, rel: 'noopener noreferrer', target: '_blank' }, 'Original story') : null,
  ]);
  const legend = h('p', { class: 'legend', 'aria-label': 'How names are marked' },
    TYPES.map((t) => h('span', { class: `ent ent-${t}` }, TYPE_NAMES[t])));
  const article = h('article', { class: 'story' },
    h('p', { class: 'story-nav' }, backLink(state)),
    h('h1', { class: 'story-title', tabindex: '-1' }, story.title || 'Untitled story'),
    h('p', { class: 'meta' }, meta),
    legend,
    bodyElement(story),
    h('p', { class: 'story-id' }, 'Story id ', h('code', null, story.id)));
  clear(el).append(h('div', { class: 'story-layout' }, article, entityPanel(story)));
  return article.querySelector('.story-title');
}
