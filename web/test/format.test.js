import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, monthRange, plural, safeHref } from '../src/format.js';

test('dates keep their precision', () => {
  const table = [['2019-12-31', '31 Dec 2019'], ['2020-01', 'Jan 2020'], ['1987', '1987'], ['2019-13', '2019-13'], [null, '']];
  for (const [input, out] of table) assert.equal(formatDate(input), out, String(input));
});

test('month ranges fill gaps across years and refuse absurd spans', () => {
  assert.deepEqual(monthRange('2019-11', '2020-02'), ['2019-11', '2019-12', '2020-01', '2020-02']);
  assert.deepEqual(monthRange('1987-02', '1987-02'), ['1987-02']);
  assert.equal(monthRange('2020-01', '2019-01'), null);
  assert.equal(monthRange('0001-01', '2020-01'), null);
});

test('counts read as words', () => {
  assert.equal(plural(1, 'story', 'stories'), '1 story');
  assert.equal(plural(21578, 'story', 'stories'), '21,578 stories');
});

test('only http and https links are followed', () => {
  assert.equal(safeHref('https://en.wikinews.org/wiki/X'), 'https://en.wikinews.org/wiki/X');
  assert.equal(safeHref('javascript:alert(1)'), null);
  assert.equal(safeHref('data:text/html,x'), null);
  assert.equal(safeHref('not a url'), null);
  assert.equal(safeHref(null), null);
});
