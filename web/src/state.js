// Search state <-> URL. The page's query string uses the API's own parameter names, so a
// shared link, the browser history and the API request are all the same piece of data.

// The API's vocabulary (GET /api/vocabulary): facet dimensions, sort orders and undated modes, each
// list with its default first. The page keeps no copy of its own; `useVocabulary` fills these before
// the first render, so a dimension or an order the API adds (relevance_recent) appears by itself.
export let DIMS = [];
/** The entity dimensions (person, org, place): canonical keys with display labels. */
export let ENTITY_DIMS = [];
export let SORTS = [];
/** Date histogram bar widths the API takes, `auto` (the API chooses) first. */
export let INTERVALS = [];
/** Stories without a date: kept (the API's default), left out, or the only ones. */
export let UNDATED = [];
/** How the title and body match: folded (the API's default: case, accents and word forms merged), exact. */
export let MODES = [];
/** Dimension → heading (`People`) and → one value's kind (`Person`). */
export const DIM_LABELS = {};
export const DIM_SINGULAR = {};
/** Sort order → its label in the sort menu. */
export const SORT_LABELS = {};
export const DEFAULT_SIZE = 20;
const MAX_SIZE = 100;

/** Takes the API's vocabulary: the body of `GET /api/vocabulary`. */
export function useVocabulary(vocabulary) {
  DIMS = vocabulary.facets.map((f) => f.name);
  ENTITY_DIMS = vocabulary.facets.filter((f) => f.entity).map((f) => f.name);
  SORTS = vocabulary.sorts.map((s) => s.name);
  UNDATED = [...vocabulary.undated];
  MODES = [...vocabulary.modes];
  INTERVALS = [...(vocabulary.intervals ?? [])];
  for (const f of vocabulary.facets) {
    DIM_LABELS[f.name] = f.label;
    DIM_SINGULAR[f.name] = f.singular;
  }
  for (const s of vocabulary.sorts) SORT_LABELS[s.name] = s.label;
}

/** The API's default order, undated mode and bar width: the first of each list. */
const apiSort = () => SORTS[0];
const defaultUndated = () => UNDATED[0];
const defaultMode = () => MODES[0];
const defaultInterval = () => INTERVALS[0] ?? 'auto';

/** The state of an empty search screen: every story, the default order, first page. */
export function emptyState() {
  return {
    q: '', f: Object.fromEntries(DIMS.map((d) => [d, []])), nf: Object.fromEntries(DIMS.map((d) => [d, []])),
    from: '', to: '', undated: defaultUndated(), sort: defaultSort({ q: '' }), page: 1, size: DEFAULT_SIZE, story: null,
    mode: defaultMode(), collapse: true, interval: defaultInterval(),
  };
}

/**
 * The order a search gets when none is chosen: relevance for a query, newest first for browsing
 * (without a query every story scores the same, and "relevance" would be id order).
 */
export function defaultSort(state) {
  return state.q.trim() || !SORTS.includes('newest') ? apiSort() : 'newest';
}

function positiveInt(text, fallback, max = Number.MAX_SAFE_INTEGER) {
  if (!/^\d{1,9}$/.test(text ?? '')) return fallback;
  const n = Number(text);
  return n >= 1 && n <= max ? n : fallback;
}

/** Reads a state from a query string (`?q=…&f.person=…`); unknown or malformed values fall back to defaults. */
export function parseState(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') ?? '';
  for (const d of DIMS) s.f[d] = [...new Set(p.getAll(`f.${d}`).filter((v) => v !== ''))];
  // A value both required and excluded matches nothing; the later intent (exclude) wins.
  for (const d of DIMS) s.nf[d] = [...new Set(p.getAll(`nf.${d}`).filter((v) => v !== ''))];
  for (const d of DIMS) s.f[d] = s.f[d].filter((v) => !s.nf[d].includes(v));
  s.from = (p.get('from') ?? '').trim();
  s.to = (p.get('to') ?? '').trim();
  s.undated = UNDATED.includes(p.get('undated')) ? p.get('undated') : defaultUndated();
  s.sort = SORTS.includes(p.get('sort')) ? p.get('sort') : defaultSort(s);
  s.mode = MODES.includes(p.get('mode')) ? p.get('mode') : defaultMode();
  s.collapse = p.get('collapse') !== 'false';
  s.interval = INTERVALS.includes(p.get('interval')) ? p.get('interval') : defaultInterval();
  s.page = positiveInt(p.get('page'), 1);
  s.size = positiveInt(p.get('size'), DEFAULT_SIZE, MAX_SIZE);
  s.story = p.get('story') || null;
  return s;
}

/** The parameters of a state; defaults are left out so links stay short. */
export function toParams(state, { story = true, api = false } = {}) {
  const p = new URLSearchParams();
  if (state.q !== '') p.set('q', state.q);
  if (state.mode && state.mode !== defaultMode()) p.set('mode', state.mode);
  for (const d of DIMS) for (const v of state.f[d]) p.append(`f.${d}`, v);
  for (const d of DIMS) for (const v of excluded(state, d)) p.append(`nf.${d}`, v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.undated && state.undated !== defaultUndated()) p.set('undated', state.undated);
  if (state.sort !== defaultSort(state) || api) p.set('sort', state.sort);
  if (state.collapse === false) p.set('collapse', 'false');
  if (state.interval && state.interval !== defaultInterval()) p.set('interval', state.interval);
  if (state.page !== 1 || api) p.set('page', String(state.page));
  if (state.size !== DEFAULT_SIZE || api) p.set('size', String(state.size));
  if (story && state.story && !api) p.set('story', state.story);
  return p;
}

/** A page-relative URL for a state: `?q=…`, or `./` when everything is at its default. */
export function toUrl(state) {
  const qs = toParams(state).toString();
  return qs ? `?${qs}` : './';
}

export function apiSearchUrl(state) {
  return `/api/search?${toParams(state, { api: true })}`;
}

/**
 * `GET /api/facets/{dim}` over the same result set as the search: every search parameter but the
 * page, sort and size (`size` there counts facet values), plus the text the values must contain.
 */
export function apiFacetValuesUrl(state, dim, contains, size) {
  const p = toParams({ ...state, page: 1, sort: defaultSort(state), size: DEFAULT_SIZE, story: null });
  p.set('contains', contains);
  p.set('size', String(size));
  return `/api/facets/${encodeURIComponent(dim)}?${p}`;
}

/** The excluded values of a dimension; states built before exclusions existed have none. */
export function excluded(state, dim) {
  return state.nf?.[dim] ?? [];
}

function copy(state) {
  return { ...state, f: Object.fromEntries(DIMS.map((d) => [d, [...state.f[d]]])), nf: Object.fromEntries(DIMS.map((d) => [d, [...excluded(state, d)]])) };
}

/**
 * A new state with some fields changed. Any change to what is searched goes back to page 1
 * (page 7 of a different result set means nothing) and leaves the story view.
 */
export function withChanges(state, changes) {
  const next = { ...copy(state), page: 1, story: null, ...changes };
  // A new query keeps a chosen order, but the default order follows the query (browse vs. relevance).
  if ('q' in changes && !('sort' in changes) && state.sort === defaultSort(state)) next.sort = defaultSort(next);
  if (changes.f) next.f = { ...copy(state).f, ...changes.f };
  if (changes.nf) next.nf = { ...copy(state).nf, ...changes.nf };
  return next;
}

/** Ticks or unticks a value; ticking an excluded value turns its exclusion into a filter. */
export function toggleFilter(state, dim, value) {
  const values = state.f[dim];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return withChanges(state, { f: { [dim]: next }, nf: { [dim]: excluded(state, dim).filter((v) => v !== value) } });
}

/** Excludes a value (`nf.<dim>`) or lifts its exclusion; excluding a ticked value unticks it. */
export function toggleExclude(state, dim, value) {
  const values = excluded(state, dim);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return withChanges(state, { f: { [dim]: state.f[dim].filter((v) => v !== value) }, nf: { [dim]: next } });
}

export function hasConstraints(state) {
  return state.q.trim() !== '' || state.from !== '' || state.to !== '' || (state.undated ?? defaultUndated()) !== defaultUndated() || DIMS.some((d) => state.f[d].length > 0 || excluded(state, d).length > 0);
}

/** The same search without story, page or sort: the identity of a result set for caching. */
export function listKey(state) {
  return toParams({ ...state, story: null }, { api: true }).toString();
}
