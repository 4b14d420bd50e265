import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffPieces, similarityLabel } from '../src/versions.js';

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
});
