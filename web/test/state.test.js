import { test } from 'node:test';
import assert from 'node:assert/strict';
import './vocabulary.js';
import { apiFacetValuesUrl, apiSearchUrl, emptyState, hasConstraints, parseState, toUrl, toggleExclude, toggleFilter, withChanges } from '../src/state.js';

test('reads every API parameter from the query string', () => {
  const s = parseState('?q=embassy&f.person=qais+al+khazali&f.person=donald+trump&f.org=kataib+hezbollah&from=2019-12&to=2020&sort=newest&page=3&story=abc');
  assert.equal(s.q, 'embassy');
  assert.deepEqual(s.f, { person: ['qais al khazali', 'donald trump'], org: ['kataib hezbollah'], place: [], source: [], tag: [] });
  assert.deepEqual([s.from, s.to, s.sort, s.page, s.size, s.story], ['2019-12', '2020', 'newest', 3, 20, 'abc']);
});

test('malformed values fall back to defaults', () => {
  const s = parseState('?q=x&sort=random&page=-2&size=5000&f.tag=&f.tag=a&f.tag=a&interval=hour&collapse=no');
  assert.deepEqual([s.sort, s.page, s.size, s.f.tag, s.interval, s.collapse], ['relevance', 1, 20, ['a'], 'auto', true]);
});

test('the page URL round-trips and leaves defaults out', () => {
  const url = '?q=%22US+embassy%22+AND+Baghd*&f.place=iraq&f.tag=embassy-attack&from=2019-12-31&sort=oldest&page=2';
  assert.equal(toUrl(parseState(url)), url);
  assert.equal(toUrl(emptyState()), './');
});

test('the API request carries sort, page and size but never the story', () => {
  assert.equal(apiSearchUrl({ ...parseState('?q=x&f.source=BBC+News'), story: 'id1' }), '/api/search?q=x&f.source=BBC+News&sort=relevance&page=1&size=20');
});

test('changing what is searched returns to page 1 and leaves the story', () => {
  const s = parseState('?q=embassy&page=4&story=x');
  assert.deepEqual([withChanges(s, { q: 'militia' }).page, withChanges(s, { q: 'militia' }).story], [1, null]);
  const ticked = toggleFilter(s, 'person', 'qais al khazali');
  assert.equal(toUrl(ticked), '?q=embassy&f.person=qais+al+khazali');
  assert.equal(toUrl(toggleFilter(ticked, 'person', 'qais al khazali')), '?q=embassy');
  assert.deepEqual(s.f.person, []);
});

test('constraints are a query, a filter or a date bound', () => {
  assert.equal(hasConstraints(parseState('?sort=newest&page=2')), false);
  assert.equal(hasConstraints(parseState('?q=+')), false);
  assert.equal(hasConstraints(parseState('?to=2019')), true);
});

test('the undated choice round-trips and counts as a constraint', () => {
  const s = parseState('?undated=only&q=x');
  assert.equal(s.undated, 'only');
  assert.equal(toUrl(s), '?q=x&undated=only');
  assert.equal(parseState('?undated=sometimes').undated, 'include');
  assert.equal(hasConstraints(parseState('?undated=exclude')), true);
  assert.equal(toUrl(withChanges(s, { undated: 'include' })), '?q=x');
});

test('exclude filters read and write nf.<facet> and count as constraints', () => {
  const s = parseState('?q=x&nf.source=AP&nf.source=Reuters&f.person=a');
  assert.deepEqual(s.nf.source, ['AP', 'Reuters']);
  assert.equal(toUrl(s), '?q=x&f.person=a&nf.source=AP&nf.source=Reuters');
  assert.equal(hasConstraints(parseState('?nf.tag=sport')), true);
  assert.equal(apiSearchUrl(parseState('?nf.place=iraq')), '/api/search?nf.place=iraq&sort=newest&page=1&size=20');
});

test('a value is either required or excluded, never both', () => {
  assert.deepEqual(parseState('?f.person=a&nf.person=a').f.person, []);
  const s = parseState('?q=x&f.person=a');
  const out = toggleExclude(s, 'person', 'a');
  assert.equal(toUrl(out), '?q=x&nf.person=a');
  assert.equal(toUrl(toggleFilter(out, 'person', 'a')), '?q=x&f.person=a');
  assert.equal(toUrl(toggleExclude(out, 'person', 'a')), '?q=x');
  assert.deepEqual(s.nf.person, []);
});

test('facet value lookups carry the search but not its page, sort or size', () => {
  const s = parseState('?q=oil&f.place=iran&nf.source=AP&page=3&sort=newest&size=50&story=z');
  assert.equal(apiFacetValuesUrl(s, 'person', 'kha', 50),
    '/api/facets/person?q=oil&f.place=iran&nf.source=AP&contains=kha&size=50');
});

test('the match mode is in the URL only when exact, and reaches the API request', () => {
  assert.equal(parseState('?q=US').mode, 'folded');
  assert.equal(parseState('?q=US&mode=bogus').mode, 'folded');
  const exact = parseState('?q=US&mode=exact');
  assert.equal(exact.mode, 'exact');
  assert.equal(toUrl(exact), '?q=US&mode=exact');
  assert.equal(toUrl(parseState('?q=US&mode=folded')), '?q=US');
  assert.equal(apiSearchUrl(exact), '/api/search?q=US&mode=exact&sort=relevance&page=1&size=20');
  assert.equal(toUrl(withChanges(exact, { q: 'Embassy' })), '?q=Embassy&mode=exact');
});

test('browsing without a query is newest first; a query brings relevance unless an order was chosen', () => {
  const browse = parseState('');
  assert.equal(browse.sort, 'newest');
  assert.equal(apiSearchUrl(browse), '/api/search?sort=newest&page=1&size=20');
  assert.equal(toUrl(browse), './');
  assert.equal(withChanges(browse, { q: 'oil' }).sort, 'relevance');
  assert.equal(withChanges(parseState('?sort=oldest'), { q: 'oil' }).sort, 'oldest');
  assert.equal(toUrl(withChanges(parseState('?q=oil'), { q: '' })), './');
  assert.equal(toUrl(parseState('?sort=relevance')), '?sort=relevance');
});

test('recency-blended order, every copy and a bar width survive a shared link', () => {
  const url = '?q=oil&sort=relevance_recent&collapse=false&interval=week';
  const s = parseState(url);
  assert.deepEqual([s.sort, s.collapse, s.interval], ['relevance_recent', false, 'week']);
  assert.equal(toUrl(s), url);
  assert.equal(apiSearchUrl(s), '/api/search?q=oil&sort=relevance_recent&collapse=false&interval=week&page=1&size=20');
});

test('every sort order the API names is a page state, relevance_recent included', () => {
  assert.equal(parseState('?sort=relevance_recent').sort, 'relevance_recent');
  assert.equal(toUrl(parseState('?q=x&sort=relevance_recent')), '?q=x&sort=relevance_recent');
  assert.deepEqual(Object.keys(emptyState().f), ['person', 'org', 'place', 'source', 'tag']);
});
