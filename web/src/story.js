// The story view. The body is cut into paragraphs and entity mentions by character offsets and
// built from text nodes and elements only: story text never passes through an HTML parser.

import { h, clear, joined } from './dom.js';
import { formatDate, formatCount, plural, safeHref } from './format.js';
import { DIM_LABELS, DIM_SINGULAR, ENTITY_DIMS, toUrl, hasConstraints, toggleFilter } from './state.js';
import { entityUrl } from './tools.js';
import { FacetView } from './facets.js';

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
    if (!ENTITY_DIMS.includes(e?.type)) continue;
    for (const m of Array.isArray(e.mentions) ? e.mentions : []) {
      if (Number.isInteger(m?.start) && Number.isInteger(m?.end) && m.start >= 0 && m.start < m.end && m.end <= length) {
        all.push({ start: m.start, end: m.end, type: e.type, label: e.label || e.value, value: e.value });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const m of all) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

/** Valid hit ranges in text order, overlaps dropped: what `/api/stories/{id}/hits` returned. */
export function validHits(hits, length) {
  const out = [];
  for (const r of Array.isArray(hits) ? hits : []) {
    const ok = Number.isInteger(r?.start) && Number.isInteger(r?.end) && r.start >= 0 && r.start < r.end && r.end <= length;
    if (ok && (!out.length || r.start >= out[out.length - 1].end)) out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * Paragraphs as lists of pieces `{text}`, with `type`, `label`, `value` inside an entity mention and
 * `hit` (the hit's number in the body) inside a query hit. The text is cut wherever a mention or a
 * hit starts or ends, so the two can overlap; a mention crossing a paragraph break is cut at it;
 * single line breaks inside a paragraph read as spaces.
 */
export function segmentBody(body, entities, hits = []) {
  const mentions = flatMentions(entities, body.length);
  const ranges = validHits(hits, body.length);
  const text = (x, y) => body.slice(x, y).replace(/\s*\n\s*/g, ' ');
  return paragraphRanges(body).map(([a, b]) => {
    const cuts = new Set([a, b]);
    for (const r of [...mentions, ...ranges]) for (const x of [r.start, r.end]) if (x > a && x < b) cuts.add(x);
    const points = [...cuts].sort((x, y) => x - y);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [x, y] = [points[i], points[i + 1]];
      const piece = { text: text(x, y) };
      const m = mentions.find((r) => r.start <= x && r.end >= y);
      if (m) Object.assign(piece, { type: m.type, label: m.label, value: m.value });
      const hit = ranges.findIndex((r) => r.start <= x && r.end >= y);
      if (hit >= 0) piece.hit = hit;
      pieces.push(piece);
    }
    return pieces;
  });
}

/** The hit to go to from `current` (-1 before the first) by `step`, wrapping round at either end. */
export function stepHit(current, count, step) {
  if (count <= 0) return -1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return (((current + step) % count) + count) % count;
}

/**
 * Consecutive pieces of one mention, as runs: a hit ending inside "U.S. Embassy" cuts the mention
 * into pieces, but the name is still one link (one box), with the hit marked inside it.
 */
export function mentionRuns(pieces) {
  const runs = [];
  for (const p of pieces) {
    const last = runs[runs.length - 1];
    if (p.type && last?.type === p.type && last.value === p.value) last.parts.push(p);
    else runs.push(p.type ? { type: p.type, label: p.label, value: p.value, parts: [p] } : { parts: [p] });
  }
  return runs;
}

function bodyElement(story, hits) {
  const body = typeof story.body === 'string' ? story.body : '';
  const div = h('div', { class: 'story-body' });
  const seen = new Set();
  const marked = (p) => {
    if (p.hit === undefined) return p.text;
    const first = !seen.has(p.hit);
    seen.add(p.hit);
    return h('mark', { class: 'qhit', id: first ? `hit-${p.hit}` : null, dataset: { hit: String(p.hit) } }, p.text);
  };
  for (const pieces of segmentBody(body, story.entities, hits)) {
    div.append(h('p', null, mentionRuns(pieces).map((r) => (r.type
      ? h('a', { class: `ent ent-${r.type}`, href: FacetView.filterUrl(r.type, r.value), 'data-nav': '', title: `${DIM_SINGULAR[r.type]}: ${r.label} (show every story with this name)` }, r.parts.map(marked))
      : r.parts.map(marked)))));
  }
  if (!div.childElementCount) div.append(h('p', { class: 'muted' }, 'This story has no text.'));
  return div;
}

/** The title with the query's hits marked (built from text nodes and MARK elements only). */
function titleContent(title, hits) {
  const out = [];
  let at = 0;
  for (const r of validHits(hits, title.length)) {
    out.push(title.slice(at, r.start), h('mark', { class: 'qhit' }, title.slice(r.start, r.end)));
    at = r.end;
  }
  out.push(title.slice(at));
  return out;
}

/** "Hit 2 of 7" with previous/next buttons; `j`/`k` do the same from the keyboard. */
function hitNav(count) {
  if (!count) return null;
  const status = h('span', { class: 'hit-count', role: 'status', 'aria-live': 'polite' }, `${plural(count, 'hit', 'hits')} for the query`);
  const prev = h('button', { type: 'button', class: 'hit-prev', 'aria-label': 'Previous hit' }, '↑ Previous');
  const next = h('button', { type: 'button', class: 'hit-next', 'aria-label': 'Next hit' }, '↓ Next');
  const bar = h('div', { class: 'hit-nav', role: 'group', 'aria-label': 'Query hits in this story', dataset: { count: String(count), current: '-1' } },
    status, prev, next, h('span', { class: 'hint' }, h('kbd', null, 'j'), ' / ', h('kbd', null, 'k')));
  prev.addEventListener('click', () => moveHit(bar.closest('.story'), -1));
  next.addEventListener('click', () => moveHit(bar.closest('.story'), 1));
  return bar;
}

/** Moves to the next (`step` 1) or previous (-1) hit of the story view; returns false when there are none. */
export function moveHit(article, step) {
  const bar = article?.querySelector('.hit-nav');
  if (!bar) return false;
  const count = Number(bar.dataset.count);
  const i = stepHit(Number(bar.dataset.current), count, step);
  bar.dataset.current = String(i);
  article.querySelectorAll('mark.qhit.current').forEach((m) => m.classList.remove('current'));
  article.querySelectorAll(`mark.qhit[data-hit="${i}"]`).forEach((m) => m.classList.add('current'));
  const target = article.querySelector(`#hit-${i}`);
  target?.scrollIntoView({ block: 'center' });
  bar.querySelector('.hit-count').textContent = `Hit ${formatCount(i + 1)} of ${formatCount(count)}`;
  return true;
}

function entityPanel(story, state) {
  const sections = [];
  for (const type of ENTITY_DIMS) {
    const list = (Array.isArray(story.entities) ? story.entities : []).filter((e) => e?.type === type && e.value)
      .map((e) => ({ ...e, n: Array.isArray(e.mentions) ? e.mentions.length : 0 }))
      .sort((a, b) => b.n - a.n || String(a.label || a.value).localeCompare(String(b.label || b.value)));
    if (!list.length) continue;
    sections.push(h('section', { class: `ent-group ent-group-${type}` },
      h('h2', null, h('span', { class: `swatch ent-${type}`, 'aria-hidden': 'true' }), DIM_LABELS[type]),
      h('ul', null, list.map((e) => h('li', null,
        // Adds the name to the search the story was opened from, keeping its query and filters.
        h('a', { class: 'add-filter', href: toUrl(toggleFilter({ ...state, story: null }, type, e.value)), 'data-nav': '', title: `Add ${e.label || e.value} as a filter to the search` }, e.label || e.value),
        ' ', h('a', { class: 'profile', href: entityUrl(type, e.value), 'data-nav': '', title: `Who ${e.label || e.value} is in the archive` }, 'profile'),
        e.n > 1 ? h('span', { class: 'facet-count' }, formatCount(e.n)) : null)))));
  }
  const tags = (Array.isArray(story.tags) ? story.tags : []).filter((t) => typeof t === 'string' && t);
  if (tags.length) {
    sections.push(h('section', { class: 'ent-group' }, h('h2', null, 'Tags'),
      h('ul', { class: 'tags' }, tags.map((t) => h('li', null, h('a', { href: FacetView.filterUrl('tag', t), 'data-nav': '', title: t },
        typeof story.tag_labels?.[t] === 'string' ? story.tag_labels[t] : t))))));
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

/** Where the reader's choice to see names marked in the text is kept, across stories and visits. */
export const MARKS_KEY = 'morgue.entityMarks';

function marksShown() {
  try {
    return localStorage.getItem(MARKS_KEY) !== 'off';
  } catch {
    return true; // storage refused (private mode, a sandbox): marks on, as before
  }
}

/**
 * Marking every mention makes a long story busy; the toggle turns the boxes off (names stay links)
 * and the choice is remembered.
 */
function marksToggle() {
  const on = marksShown();
  const button = h('button', { type: 'button', class: 'marks-toggle', 'aria-pressed': String(on) }, 'Mark names');
  button.addEventListener('click', () => {
    const now = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(now));
    button.closest('.story')?.classList.toggle('marks-off', !now);
    try {
      localStorage.setItem(MARKS_KEY, now ? 'on' : 'off');
    } catch {
      // not remembered, but this story still follows the toggle
    }
  });
  return button;
}

export function renderStoryLoading(el, state) {
  clear(el).append(h('p', null, backLink(state)), h('p', { class: 'loading', role: 'status' }, 'Loading story…'));
}

export function renderStoryError(el, state, err) {
  clear(el).append(h('p', null, backLink(state)), h('div', { class: 'notice error', role: 'alert' },
    h('h1', null, err.status === 404 ? 'Story not found' : 'The story could not be loaded'), h('p', null, err.message)));
}

/** `hits` is the `/api/stories/{id}/hits` answer for the search's query, or null. */
export function renderStory(el, state, story, hits = null) {
  const original = safeHref(story.url);
  const meta = joined([
    story.published ? h('time', { datetime: story.published }, formatDate(story.published)) : h('span', { class: 'undated' }, 'Undated'),
    story.source ? h('span', { class: 'outlet' }, story.source) : null,
    story.byline ? h('span', { class: 'byline' }, `By ${story.byline}`) : null,
    original ? h('a', { href: original, rel: 'noopener noreferrer', target: '_blank' }, 'Original story') : null,
  ]);
  const legend = h('p', { class: 'legend', 'aria-label': 'How names are marked' },
    ENTITY_DIMS.map((t) => h('span', { class: `ent ent-${t}` }, DIM_SINGULAR[t])), marksToggle());
  const article = h('article', { class: marksShown() ? 'story' : 'story marks-off' },
    h('p', { class: 'story-nav' }, backLink(state)),
    h('h1', { class: 'story-title', tabindex: '-1' }, story.title ? titleContent(story.title, hits?.title) : 'Untitled story'),
    h('p', { class: 'meta' }, meta),
    legend,
    hitNav(validHits(hits?.body, typeof story.body === 'string' ? story.body.length : 0).length),
    bodyElement(story, hits?.body),
    h('p', { class: 'story-id' }, 'Story id ', h('code', null, story.id)));
  clear(el).append(h('div', { class: 'story-layout' }, article, entityPanel(story, state)));
  return article.querySelector('.story-title');
}
