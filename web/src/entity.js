// The entity page (`?view=entity&type=person&key=…`): who the name is in the archive, when it
// appears (its timeline compared with the names it appears with most), the co-occurring names by
// count and by lift, and its newest stories.

import { h, clear, joined } from './dom.js';
import { formatCount, formatDate, plural } from './format.js';
import { DIM_LABELS, DIM_SINGULAR, ENTITY_DIMS, toUrl, emptyState } from './state.js';
import { searchStories } from './api.js';
import { getEntity, getTimeline } from './investigate.js';
import { entityUrl, backLink } from './tools.js';
import { lineChart } from './linechart.js';

export async function showEntity(el, state, params) {
  const type = params.get('type') ?? '';
  const key = params.get('key') ?? '';
  el.append(backLink(state), h('p', { class: 'summary', role: 'status' }, 'Loading…'));
  let entity;
  try {
    entity = await getEntity(type, key);
  } catch (e) {
    clear(el).append(backLink(state), h('div', { class: 'notice error', role: 'alert' }, h('h2', null, 'No such name'), h('p', null, e.message)));
    return;
  }
  document.title = `${entity.label} — Morgue`;
  const storiesUrl = entity.search_url;
  clear(el).append(
    backLink(state),
    h('article', { class: 'entity', 'data-type': entity.type, 'data-key': entity.value },
      h('p', { class: 'kicker' }, DIM_SINGULAR[entity.type] ?? entity.type),
      h('h1', { class: 'entity-name' }, entity.label),
      h('p', { class: 'entity-facts' }, joined([
        h('a', { class: 'entity-stories', href: storiesUrl, 'data-nav': '' }, plural(entity.stories, 'story', 'stories')),
        entity.first ? h('span', null, `first ${formatDate(entity.first)}`) : null,
        entity.last ? h('span', null, `last ${formatDate(entity.last)}`) : null,
      ])),
      entity.variants.length > 1 || entity.aliases.length
        ? h('p', { class: 'variants' }, 'Also written: ', [...entity.variants.filter((v) => v !== entity.label), ...entity.aliases].join(', '))
        : null,
      entity.outlets.length ? h('p', { class: 'outlets' }, 'Outlets: ', entity.outlets.map((o) => `${o.name} (${formatCount(o.count)})`).join(', ')) : null,
      h('section', { class: 'entity-timeline' }, h('h2', null, 'Over time'), h('div', { class: 'chart-box' }, 'Loading…')),
      h('section', { class: 'cooc' }, h('h2', null, 'Appears with'), cooccurrence(entity)),
      h('section', { class: 'entity-latest' }, h('h2', null, 'Newest stories'), h('ol', { class: 'mini-hits' }))));
  compare(el.querySelector('.chart-box'), entity);
  latest(el.querySelector('.mini-hits'), entity);
}

/** Per type, two lists: most shared stories, and highest lift (names that meet unusually often). */
function cooccurrence(entity) {
  const cols = [];
  for (const t of ENTITY_DIMS) {
    const byCount = entity.cooccurring?.[t] ?? [];
    const byLift = entity.cooccurring_by_lift?.[t] ?? [];
    if (!byCount.length) continue;
    cols.push(h('div', { class: `cooc-col cooc-${t}` },
      h('h3', null, DIM_LABELS[t] ?? t),
      h('ol', { class: 'cooc-count' }, byCount.map((c) => coocItem(c, `${formatCount(c.count)} shared`))),
      byLift.length ? [h('h4', null, 'Unusually often together (lift)'),
        h('ol', { class: 'cooc-lift' }, byLift.map((c) => coocItem(c, `×${c.lift}`)))] : null));
  }
  return cols.length ? h('div', { class: 'cooc-grid' }, cols) : h('p', null, 'No other names share its stories.');
}

function coocItem(c, measure) {
  return h('li', null,
    h('a', { class: 'cooc-name', href: entityUrl(c.type, c.value), 'data-nav': '' }, c.label), ' ',
    h('a', { class: 'cooc-shared', href: c.search_url, 'data-nav': '', title: `Stories naming both` }, measure));
}

/** The entity's timeline beside its three most frequent companions', on one axis. */
async function compare(box, entity) {
  const others = ENTITY_DIMS.flatMap((t) => entity.cooccurring?.[t] ?? [])
    .sort((a, b) => b.count - a.count).slice(0, 3);
  const p = new URLSearchParams();
  p.append('entity', `${entity.type}:${entity.value}`);
  for (const o of others) p.append('entity', `${o.type}:${o.value}`);
  try {
    const timeline = await getTimeline(p);
    clear(box).append(lineChart(timeline));
  } catch (e) {
    clear(box).append(h('p', { class: 'notice error' }, e.message));
  }
}

async function latest(list, entity) {
  const state = { ...emptyState(), sort: 'newest', size: 10 };
  state.f = { ...state.f, [entity.type]: [entity.value] };
  try {
    const data = await searchStories(state);
    clear(list).append(...data.hits.map((hit) => h('li', null,
      h('a', { href: toUrl({ ...state, story: hit.id }), 'data-nav': '', 'data-story': hit.id }, hit.title || 'Untitled story'),
      ' ', h('span', { class: 'meta' }, [hit.published ? formatDate(hit.published) : 'Undated', hit.source].filter(Boolean).join(' · ')))));
  } catch (e) {
    clear(list).append(h('li', null, e.message));
  }
}
