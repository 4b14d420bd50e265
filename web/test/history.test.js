import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HISTORY_KEY, HISTORY_MAX, clearHistory, historyEntry, loadHistory, recordSearch } from '../src/history.js';
import { parseState } from '../src/state.js';
import './vocabulary.js';

/** localStorage's interface over a Map, as Node has no browser storage. */
function memoryStorage(initial = {}) {
  const m = new Map(Object.entries(initial));
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) };
}

const AT = new Date('2026-12-07T14:05:00Z');

test('a search becomes an entry: its first page link, filters, count and time', () => {
  const entry = historyEntry(parseState('?q=exact%3AUS&mode=exact&f.person=donald+trump&nf.tag=x&from=2019&page=3&story=s1'), 3, AT);
  assert.deepEqual(entry, { url: '?q=exact%3AUS&mode=exact&f.person=donald+trump&nf.tag=x&from=2019', q: 'exact:US', mode: 'exact',
    filters: 3, total: 3, at: '2026-12-07T14:05:00.000Z' });
});

test('newest first; the same search again moves up with its new count instead of a copy', () => {
  const storage = memoryStorage();
  recordSearch(storage, historyEntry(parseState('?q=embassy'), 5, AT));
  recordSearch(storage, historyEntry(parseState('?q=Embassy&mode=exact'), 3, AT));
  const list = recordSearch(storage, historyEntry(parseState('?q=embassy&page=2'), 6, new Date('2026-12-07T15:00:00Z')));
  assert.deepEqual(list.map((e) => [e.url, e.total, e.at]), [
    ['?q=embassy', 6, '2026-12-07T15:00:00.000Z'],
    ['?q=Embassy&mode=exact', 3, '2026-12-07T14:05:00.000Z'],
  ]);
  assert.deepEqual(loadHistory(storage), list);
});

test('only the last 50 searches are kept', () => {
  const storage = memoryStorage();
  for (let i = 1; i <= 55; i++) recordSearch(storage, historyEntry(parseState(`?q=w${i}`), i, AT));
  const list = loadHistory(storage);
  assert.equal(list.length, HISTORY_MAX);
  assert.deepEqual([list[0].q, list[49].q], ['w55', 'w6']);
});

test('clear empties the stored list; unreadable storage counts as no history', () => {
  const storage = memoryStorage();
  recordSearch(storage, historyEntry(parseState('?q=x'), 1, AT));
  assert.deepEqual(clearHistory(storage), []);
  assert.deepEqual(loadHistory(storage), []);
  assert.deepEqual(loadHistory(memoryStorage({ [HISTORY_KEY]: '{not json' })), []);
  assert.deepEqual(loadHistory(memoryStorage({ [HISTORY_KEY]: '[{"url":1},{"url":"?q=a","q":"a","total":2,"at":"t"}]' })).map((e) => e.q), ['a']);
  assert.deepEqual(loadHistory(null), []);
});
