// Wiring: the URL is the single source of truth. Every action builds a new state, pushes its
// URL, and `show` renders whatever the URL says, so reloads, shared links and back/forward
// all take the same path.

import { searchStories, getStory, getStoryHits, getHealth, getVocabulary, ApiError } from './api.js';
import { h, clear } from './dom.js';
import { formatCount, formatDate } from './format.js';
import { SORTS, SORT_LABELS, parseState, toUrl, withChanges, listKey, hasConstraints, useVocabulary, toggleFilter } from './state.js';
import { renderSummary, renderChips, renderResults, renderPager } from './results.js';
import { FacetView } from './facets.js';
import { renderTimeline } from './chart.js';
import { renderStory, renderStoryLoading, renderStoryError } from './story.js';
import { installShortcuts } from './keys.js';
import { showVersions } from './versions.js';
import { showEvent } from './events.js';
import { loadRelated, relatedSection } from './related.js';
import { installModeSwitch, syncModeSwitch, renderSyntaxHelp } from './searchmode.js';
import { HistoryView, historyEntry } from './history.js';
import { unlabelled, lookUpLabels } from './labels.js';
import { toolView, showTool, renderSearchTools } from './tools.js';
import { installSuggest } from './suggest.js';

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'), q: $('q'), sort: $('sort'), summary: $('summary'), chips: $('chips'),
  timeline: $('timeline'), results: $('results'), pager: $('pager'), searchView: $('search-view'),
  storyView: $('story-view'), health: $('health'), copies: $('copies'),
};

const cache = new Map(); // last few responses by request, so "back to results" is instant
const scrolls = new Map(); // scroll position per result-list URL, restored on the way back
let inflight = null;
let pendingFocus = null;
const facets = new FacetView($('facets'), (next, target) => { pendingFocus = target; navigate(next); });
const searches = new HistoryView($('history'), storage());

/** The browser's local storage, or none when the browser refuses it (then history lasts for no visit). */
function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

history.scrollRestoration = 'manual';

function navigate(state, { replace = false } = {}) {
  if (!new URLSearchParams(location.search).get('story')) scrolls.set(location.search, window.scrollY);
  const url = toUrl(state);
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  show(state);
}

function syncForm(state) {
  if (document.activeElement !== ui.q || ui.q.value.trim() !== state.q.trim()) ui.q.value = state.q;
  ui.sort.value = state.sort;
  syncModeSwitch(ui.form, state.mode);
  ui.copies.checked = state.collapse === false;
}

function startRequest() {
  inflight?.abort();
  inflight = new AbortController();
  return inflight.signal;
}

function show(state) {
  syncForm(state);
  const tool = toolView(location.search);
  $('tool-view').hidden = !tool;
  if (tool) {
    ui.searchView.hidden = true;
    ui.storyView.hidden = true;
    showTool(tool, $('tool-view'), state, (next) => navigate(next));
    return;
  }
  if (state.story) showStory(state); else showList(state);
}

async function showStory(state) {
  ui.searchView.hidden = true;
  ui.storyView.hidden = false;
  window.scrollTo(0, 0);
  const signal = startRequest();
  renderStoryLoading(ui.storyView, state);
  try {
    // Hits are an extra: a query the story view cannot mark (say, a syntax error) still shows the story.
    const hitsWanted = state.q.trim() ? getStoryHits(state.story, state.q, signal, state.mode).catch(() => null) : null;
    const [story, hits] = await Promise.all([getStory(state.story, signal), hitsWanted]);
    document.title = `${story.title || 'Story'} — Morgue`;
    renderStory(ui.storyView, state, story, hits).focus({ preventScroll: true });
    showVersions(ui.storyView.querySelector('.story'), state.story, signal, (id) => toUrl(withChanges(state, { story: id })));
    showEvent(ui.storyView.querySelector('.story'), story.event, story.id, signal, (id) => toUrl(withChanges(state, { story: id })));
    const related = ui.storyView.querySelector('.story').appendChild(relatedSection());
    loadRelated(related, state, story.id, signal);
  } catch (e) {
    if (e.name === 'AbortError') return;
    document.title = 'Story not found — Morgue';
    renderStoryError(ui.storyView, state, toApiError(e));
  }
}

function toApiError(e) {
  return e instanceof ApiError ? e : new ApiError(0, 'client', `The page failed: ${e.message}`);
}

async function showList(state) {
  const returning = !ui.storyView.hidden;
  ui.storyView.hidden = true;
  clear(ui.storyView);
  ui.searchView.hidden = false;
  document.title = state.q.trim() ? `${state.q.trim()} — Morgue` : 'Morgue — archive search';
  const key = listKey(state);
  const signal = startRequest();
  let data = cache.get(key);
  if (!data) {
    const slow = setTimeout(() => { ui.results.setAttribute('aria-busy', 'true'); ui.summary.textContent = 'Searching…'; }, 120);
    try {
      data = await searchStories(state, signal);
    } catch (e) {
      if (e.name === 'AbortError') return;
      renderError(state, toApiError(e));
      return;
    } finally {
      clearTimeout(slow);
      ui.results.removeAttribute('aria-busy');
    }
    cache.set(key, data);
    if (cache.size > 12) cache.delete(cache.keys().next().value);
  }
  if (hasConstraints(state)) searches.record(historyEntry(state, data.total?.value ?? 0, new Date()));
  renderSummary(ui.summary, state, data);
  renderChips(ui.chips, state, data.facets, (d, v) => facets.labelOf(d, v));
  labelChips(state, data, signal);
  renderTimeline(ui.timeline, state, data.dates, (next) => navigate(next));
  renderResults(ui.results, state, data);
  renderPager(ui.pager, state, data);
  renderSearchTools($('search-tools'), state);
  if ((data.total?.value ?? 0) === 0 && !hasConstraints(state)) clear($('facets')); else facets.render(state, data.facets);
  facets.refocus(pendingFocus);
  pendingFocus = null;
  if (returning || scrolls.has(location.search)) window.scrollTo(0, scrolls.get(location.search) ?? 0);
}

/** Chips name values by their display label, also those no facet list of this search carried. */
async function labelChips(state, data, signal) {
  const inLists = (d, v) => facets.knows(d, v) || (data.facets?.[d] ?? []).some((x) => x.value === v);
  const missing = unlabelled(state, inLists);
  if (!missing.length) return;
  try {
    await lookUpLabels(missing, (d, v, label) => facets.remember(d, v, label), signal);
  } catch {
    return; // aborted: a newer screen is on its way
  }
  if (listKey(parseState(location.search)) !== listKey(state) || signal.aborted) return;
  renderChips(ui.chips, state, data.facets, (d, v) => facets.labelOf(d, v));
  if (!facets.el.contains(document.activeElement)) facets.render(state, data.facets); // excluded values are listed by name too
}

/** Explains a failed search in words; a syntax error shows the query with a caret at the spot. */
function renderError(state, err) {
  ui.summary.textContent = 'The search failed.';
  for (const el of [ui.chips, ui.timeline, ui.pager]) clear(el);
  renderChips(ui.chips, state, null);
  const box = h('div', { class: 'notice error', role: 'alert' });
  const bad = err.status === 400;
  box.append(h('h2', null, bad ? 'The search could not be understood' : 'The search failed'), h('p', null, err.message));
  if (err.position !== null && state.q) {
    const pos = Math.max(0, Math.min(err.position, state.q.length));
    box.append(h('pre', { class: 'caret', 'aria-label': `Problem at character ${pos + 1} of the query` },
      h('code', null, state.q, '\n', ' '.repeat(pos), h('span', { class: 'caret-mark' }, '^'))));
  }
  if (bad) {
    box.append(h('p', { class: 'hint' }, 'Quotes and parentheses must be closed; AND, OR and NOT need a term on each side. To search for a symbol literally, put it in quotes.'));
  } else if (err.status === 0) {
    box.append(h('p', null, h('a', { href: toUrl(state), 'data-nav': '' }, 'Try again')));
  }
  clear(ui.results).append(box);
  clear($('facets'));
}

async function showHealth() {
  try {
    const hth = await getHealth();
    const built = typeof hth.built_at === 'string' ? `, indexed ${formatDate(hth.built_at.slice(0, 10))}` : '';
    ui.health.textContent = `${formatCount(hth.stories ?? 0)} stories${built}`;
  } catch {
    // The health line is decoration; a search failure explains the same problem in words.
  }
}

function current() {
  return parseState(location.search);
}

ui.form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate(withChanges(current(), { q: ui.q.value.trim() }));
});

installModeSwitch(ui.form, (mode) => navigate(withChanges(current(), { q: ui.q.value.trim(), mode })));
renderSyntaxHelp($('syntax-help'));

ui.sort.addEventListener('change', () => navigate(withChanges(current(), { sort: ui.sort.value, story: null })));
ui.copies.addEventListener('change', () => navigate(withChanges(current(), { collapse: !ui.copies.checked })));

// Internal links are real links (open in a new tab, copy), followed in-page for a plain click.
document.addEventListener('click', (e) => {
  const a = e.target.closest?.('a[data-nav]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  const target = new URL(a.href);
  const next = parseState(target.search);
  if (toolView(target.search)) {
    history.pushState(null, '', a.href); // a tool screen: its own parameters (view, type, key) stay in the URL
    show(next);
    return;
  }
  if (a.hasAttribute('data-back') && history.state?.fromList === target.search) {
    history.back(); // the list is the previous history entry: go back rather than stacking a copy
    return;
  }
  if (next.story) {
    scrolls.set(location.search, window.scrollY);
    history.pushState({ fromList: location.search }, '', a.href);
    show(next);
    return;
  }
  navigate(next);
  if (a.closest('#pager')) $('results').focus({ preventScroll: false });
});

installShortcuts(ui);
installSuggest(ui.q, (type, value, rest) => navigate(toggleFilter(withChanges(current(), { q: rest }), type, value)));

window.addEventListener('popstate', () => show(current()));

/** The names every state uses come from the API, so nothing renders before they are known. */
async function start() {
  try {
    useVocabulary(await getVocabulary());
  } catch (e) {
    // Without the API's names no search can be shown; a reload (not an in-page link) tries again.
    ui.summary.textContent = 'The search failed.';
    clear(ui.results).append(h('div', { class: 'notice error', role: 'alert' },
      h('h2', null, 'The search failed'), h('p', null, toApiError(e).message),
      h('p', null, h('a', { href: location.href }, 'Try again'))));
    return;
  }
  ui.sort.replaceChildren(...SORTS.map((s) => h('option', { value: s }, SORT_LABELS[s])));
  show(current());
}

start();
showHealth();
