// Event threads: the stories of one event from every outlet. A hit and a story carry
// `event: {id, stories, outlets}`; `eventBadge` links a hit to its story's event panel, and
// `showEvent` appends that panel (stories by date with outlets, top entities, a day-by-day timeline)
// to the story view from GET /api/events/{id}.

import { getEvent } from './api.js';
import { h } from './dom.js';
import { formatDate, plural } from './format.js';

/** "N stories · M outlets" for an event of more than one story, or null. */
export function eventLabel(event) {
  if (!event || !(event.stories > 1)) return null;
  return `${plural(event.stories, 'story', 'stories')} · ${plural(event.outlets, 'outlet', 'outlets')}`;
}

/** The badge on a hit: a link to the story's event panel, or null when the story is its event alone. */
export function eventBadge(event, storyHref) {
  const label = eventLabel(event);
  return label ? h('a', { href: `${storyHref}#event`, class: 'event-badge', 'data-nav': '' }, label) : null;
}

/**
 * Appends the event panel to `el` when the story's event has other stories. `linkFor(id)` gives the
 * page URL of a story. A failure leaves the story view as it was: the event is an extra, not the story.
 */
export async function showEvent(el, event, currentId, signal, linkFor) {
  if (!eventLabel(event)) return null;
  let view;
  try {
    view = await getEvent(event.id, signal);
  } catch {
    return null;
  }
  const stories = (view.stories ?? []).map((s) => h('li', null,
    s.id === currentId ? h('strong', null, s.title || s.id) : h('a', { href: linkFor(s.id), 'data-nav': '' }, s.title || s.id),
    ' ', h('span', { class: 'muted' }, [s.source, s.published ? formatDate(s.published) : 'undated'].filter(Boolean).join(' · '))));
  const outlets = (view.outlets ?? []).map((o) => `${o.source} (${o.stories})`).join(', ');
  const entities = (view.entities ?? []).map((e) => `${e.label} (${e.stories})`).join(', ');
  const most = Math.max(1, ...(view.timeline ?? []).map((d) => d.stories));
  const days = (view.timeline ?? []).map((d) => h('li', null,
    h('span', { class: 'event-day' }, formatDate(d.date)), ' ',
    h('span', { class: 'event-bar', style: `width:${Math.round(100 * d.stories / most)}%` }), ' ',
    plural(d.stories, 'story', 'stories')));
  const panel = h('section', { class: 'event', id: 'event', 'aria-label': 'This event in other stories' },
    h('h2', null, `This event: ${eventLabel(event)}`),
    outlets ? h('p', null, h('span', { class: 'muted' }, 'Outlets: '), outlets) : null,
    entities ? h('p', null, h('span', { class: 'muted' }, 'Names: '), entities) : null,
    days.length ? h('ol', { class: 'event-timeline', 'aria-label': 'Stories per day' }, days) : null,
    h('ol', { class: 'event-stories' }, stories));
  el.append(panel);
  if (location.hash === '#event') panel.scrollIntoView();
  return panel;
}
