import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisLabels, brushRange, bucketLabel, bucketRange } from '../src/chart.js';
import { monthRange } from '../src/format.js';

test('a few months get a label each, with the year where it starts or turns', () => {
  assert.deepEqual(axisLabels(monthRange('2019-11', '2020-02')), ['Nov 2019', 'Dec', 'Jan 2020', 'Feb']);
});

test('Reuters-21578 (Feb to Oct 1987) is labelled by quarter from its first month', () => {
  assert.deepEqual(axisLabels(monthRange('1987-02', '1987-10')), ['Feb 1987', '', 'Apr', '', '', 'Jul', '', '', 'Oct']);
});

test('long spans label Januaries, thinned to about ten years', () => {
  const labels = axisLabels(monthRange('2006-10', '2013-11'));
  // October 2006 stays unlabelled: January 2007 is three bars away and would collide with it.
  assert.deepEqual(labels.filter((l) => l), ['2007', '2008', '2009', '2010', '2011', '2012', '2013']);
  assert.equal(axisLabels(monthRange('2006-06', '2013-11'))[0], '2006');
  const decades = axisLabels(monthRange('1980-01', '2019-12')).filter((l) => l);
  assert.deepEqual(decades, ['1980', '1984', '1988', '1992', '1996', '2000', '2004', '2008', '2012', '2016']);
});

test('non-month keys (a year histogram) are labelled sparsely as they are', () => {
  assert.deepEqual(axisLabels(['2018', '2019', '2020']), ['2018', '2019', '2020']);
});

test('a bar filters to its bucket: a week runs from its Monday to its Sunday, across a year end', () => {
  assert.deepEqual(bucketRange('2019-12-30', 'week'), { from: '2019-12-30', to: '2020-01-05' });
  assert.deepEqual(bucketRange('2019', 'year'), { from: '2019', to: '2019' });
  assert.deepEqual(bucketRange('2019-12', 'month'), { from: '2019-12', to: '2019-12' });
  assert.deepEqual(bucketRange('2019-12-31', 'day'), { from: '2019-12-31', to: '2019-12-31' });
});

test('bars name years, months, weeks and days', () => {
  assert.equal(bucketLabel('2019', 'year'), '2019');
  assert.equal(bucketLabel('2019-12', 'month'), 'Dec 2019');
  assert.equal(bucketLabel('2019-12-30', 'week'), 'week of 30 Dec 2019');
  assert.equal(bucketLabel('2019-12-31', 'day'), '31 Dec 2019');
});

test('day and week keys are labelled sparsely, the year once', () => {
  const days = ['2020-02-03', '2020-02-04', '2020-02-05'];
  assert.deepEqual(axisLabels(days), ['3 Feb 2020', '4 Feb', '5 Feb']);
});

test('a brush covers the buckets between its two ends, a week to its Sunday', () => {
  const months = ['2019-11', '2019-12', '2020-01', '2020-02'];
  assert.deepEqual(brushRange(months, 3, 1, 'month'), { from: '2019-12', to: '2020-02' });
  assert.deepEqual(brushRange(['2019-12-23', '2019-12-30', '2020-01-06'], 0, 1, 'week'), { from: '2019-12-23', to: '2020-01-05' });
  assert.deepEqual(brushRange(['2019-12-31', '2020-01-01'], 1, 1, 'day'), { from: '2020-01-01', to: '2020-01-01' });
});

test('day labels give the year where the axis starts and where it turns, not on every label', () => {
  assert.deepEqual(axisLabels(['1987-03-31', '1987-04-01']), ['31 Mar 1987', '1 Apr']);
  assert.deepEqual(axisLabels(['2019-12-30', '2019-12-31', '2020-01-01']), ['30 Dec 2019', '31 Dec', '1 Jan 2020']);
});

test('a narrow chart (a phone) labels fewer days, so a label with its year has room', () => {
  const days = Array.from({ length: 27 }, (_, i) => new Date(Date.UTC(2019, 11, 31 + i)).toISOString().slice(0, 10));
  assert.deepEqual(axisLabels(days, 4).filter((l) => l), ['31 Dec 2019', '7 Jan 2020', '14 Jan', '21 Jan']);
  assert.equal(axisLabels(days).filter((l) => l).length, 7);
});
