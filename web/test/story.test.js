import { test } from 'node:test';
import assert from 'node:assert/strict';
import './vocabulary.js';
import { flatMentions, paragraphRanges, segmentBody, mentionRuns, stepHit, validHits } from '../src/story.js';

test('blank lines separate paragraphs; single newlines inside read as spaces', () => {
  const body = 'First line\nwraps here.\n\n  Second.\n\n\n';
  assert.deepEqual(paragraphRanges(body), [[0, 22], [26, 33]]);
  assert.deepEqual(segmentBody(body, []), [[{ text: 'First line wraps here.' }], [{ text: 'Second.' }]]);
});

test('newswire bodies start a paragraph at each indented line', () => {
  const body = '    Shares rose\nsharply today.\n    Analysts said';
  assert.deepEqual(segmentBody(body, []).map((p) => p[0].text), ['Shares rose sharply today.', 'Analysts said']);
});

test('without blank lines or indents every line is a paragraph', () => {
  assert.deepEqual(paragraphRanges('One.\nTwo.\nThree.'), [[0, 4], [5, 9], [10, 16]]);
});

test('mentions become typed pieces at their offsets', () => {
  const body = 'Qais al-Khazali spoke in Baghdad.\n\nKataib Hezbollah denied it.';
  const entities = [
    { type: 'person', value: 'qais al khazali', label: 'Qais al-Khazali', mentions: [{ start: 0, end: 15 }] },
    { type: 'place', value: 'baghdad', label: 'Baghdad', mentions: [{ start: 25, end: 32 }] },
    { type: 'org', value: 'kataib hezbollah', label: 'Kataib Hezbollah', mentions: [{ start: 35, end: 51 }] },
  ];
  assert.deepEqual(segmentBody(body, entities), [
    [{ text: 'Qais al-Khazali', type: 'person', label: 'Qais al-Khazali', value: 'qais al khazali' }, { text: ' spoke in ' }, { text: 'Baghdad', type: 'place', label: 'Baghdad', value: 'baghdad' }, { text: '.' }],
    [{ text: 'Kataib Hezbollah', type: 'org', label: 'Kataib Hezbollah', value: 'kataib hezbollah' }, { text: ' denied it.' }],
  ]);
});

test('out-of-range, inverted, overlapping and unknown-type mentions are dropped', () => {
  const entities = [
    { type: 'person', label: 'A', mentions: [{ start: 0, end: 4 }, { start: 2, end: 6 }, { start: 5, end: 3 }, { start: 8, end: 99 }] },
    { type: 'misc', label: 'B', mentions: [{ start: 5, end: 7 }] },
    { type: 'org', label: 'C', mentions: [{ start: '1', end: 2 }] },
  ];
  assert.deepEqual(flatMentions(entities, 10), [{ start: 0, end: 4, type: 'person', label: 'A', value: undefined }]);
  assert.deepEqual(flatMentions(null, 10), []);
});

test('a mention across a paragraph break is cut at the break', () => {
  const body = 'Green\n\nZone';
  const pieces = segmentBody(body, [{ type: 'place', label: 'Green Zone', mentions: [{ start: 0, end: 11 }] }]);
  assert.deepEqual(pieces, [[{ text: 'Green', type: 'place', label: 'Green Zone', value: undefined }], [{ text: 'Zone', type: 'place', label: 'Green Zone', value: undefined }]]);
});

test('query hits cut through entity mentions and are numbered in body order', () => {
  const body = 'Protesters stormed the US embassy in Baghdad.\n\nThe embassy closed.';
  const entities = [{ type: 'place', value: 'baghdad', label: 'Baghdad', mentions: [{ start: 37, end: 44 }] }];
  const hits = [{ start: 26, end: 44 }, { start: 51, end: 58 }];
  assert.deepEqual(segmentBody(body, entities, hits), [
    [{ text: 'Protesters stormed the US ' }, { text: 'embassy in ', hit: 0 }, { text: 'Baghdad', type: 'place', label: 'Baghdad', value: 'baghdad', hit: 0 }, { text: '.' }],
    [{ text: 'The ' }, { text: 'embassy', hit: 1 }, { text: ' closed.' }],
  ]);
});

test('bad or overlapping hit ranges are dropped', () => {
  assert.deepEqual(validHits([{ start: 0, end: 3 }, { start: 2, end: 5 }, { start: 6, end: 6 }, { start: 7, end: 99 }, null], 10), [{ start: 0, end: 3 }]);
  assert.deepEqual(validHits(undefined, 10), []);
});

test('hit navigation starts at either end and wraps round', () => {
  assert.deepEqual([stepHit(-1, 3, 1), stepHit(-1, 3, -1), stepHit(2, 3, 1), stepHit(0, 3, -1), stepHit(1, 3, 1), stepHit(-1, 0, 1)], [0, 2, 0, 2, 2, -1]);
});

test('a name cut by a query hit stays one run, the hit inside it', () => {
  const body = 'Protesters reached the U.S. Embassy today.';
  const entities = [{ type: 'org', value: 'us embassy', label: 'U.S. Embassy', mentions: [{ start: 23, end: 35 }] }];
  const runs = mentionRuns(segmentBody(body, entities, [{ start: 23, end: 27 }])[0]);
  assert.deepEqual(runs.map((r) => [r.type ?? null, r.parts.map((p) => p.text)]),
    [[null, ['Protesters reached the ']], ['org', ['U.S.', ' Embassy']], [null, [' today.']]]);
  assert.equal(runs[1].parts[0].hit, 0);
});
