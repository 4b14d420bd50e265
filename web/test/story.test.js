import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatMentions, paragraphRanges, segmentBody } from '../src/story.js';

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
    [{ text: 'Qais al-Khazali', type: 'person', label: 'Qais al-Khazali' }, { text: ' spoke in ' }, { text: 'Baghdad', type: 'place', label: 'Baghdad' }, { text: '.' }],
    [{ text: 'Kataib Hezbollah', type: 'org', label: 'Kataib Hezbollah' }, { text: ' denied it.' }],
  ]);
});

test('out-of-range, inverted, overlapping and unknown-type mentions are dropped', () => {
  const entities = [
    { type: 'person', label: 'A', mentions: [{ start: 0, end: 4 }, { start: 2, end: 6 }, { start: 5, end: 3 }, { start: 8, end: 99 }] },
    { type: 'misc', label: 'B', mentions: [{ start: 5, end: 7 }] },
    { type: 'org', label: 'C', mentions: [{ start: '1', end: 2 }] },
  ];
  assert.deepEqual(flatMentions(entities, 10), [{ start: 0, end: 4, type: 'person', label: 'A' }]);
  assert.deepEqual(flatMentions(null, 10), []);
});

test('a mention across a paragraph break is cut at the break', () => {
  const body = 'Green\n\nZone';
  const pieces = segmentBody(body, [{ type: 'place', label: 'Green Zone', mentions: [{ start: 0, end: 11 }] }]);
  assert.deepEqual(pieces, [[{ text: 'Green', type: 'place', label: 'Green Zone' }], [{ text: 'Zone', type: 'place', label: 'Green Zone' }]]);
});
