import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffPieces, similarityLabel, identicalRuns, flowText } from '../src/versions.js';

test('diff runs become span, ins and del pieces; anything else is dropped', () => {
  assert.deepEqual(diffPieces([
    { op: 'equal', text: 'Floods rose' },
    { op: 'insert', text: ' fast' },
    { op: 'delete', text: ' <b>slowly</b>' },
    { op: 'script', text: 'x' },
    { op: 'equal', text: 7 },
    null,
  ]), [
    { tag: 'span', text: 'Floods rose' },
    { tag: 'ins', text: ' fast' },
    { tag: 'del', text: ' <b>slowly</b>' },
  ]);
  assert.deepEqual(diffPieces(undefined), []);
});

test('similarity reads as a share of the lead', () => {
  assert.equal(similarityLabel(1, true), 'lead copy');
  assert.equal(similarityLabel(0.82857144, false), '83% like the lead');
  assert.equal(similarityLabel(null, false), '');
  assert.equal(similarityLabel(0.3125, false, 'reworded'), 'reworded · 31% of sentences aligned');
  assert.equal(similarityLabel(null, false, 'reworded'), 'reworded');
});

test('runs without an insertion or deletion are identical text', () => {
  assert.equal(identicalRuns([{ op: 'equal', text: 'Floods rose.' }]), true);
  assert.equal(identicalRuns([{ op: 'equal', text: 'Floods' }, { op: 'insert', text: ' rose' }]), false);
  assert.equal(identicalRuns([]), false);
});

test('wire line breaks flow as spaces, blank lines stay paragraph breaks', () => {
  assert.equal(flowText('Oil prices rose\n  sharply on Monday.\n\n  Traders said'), 'Oil prices rose sharply on Monday.\n\nTraders said');
});
