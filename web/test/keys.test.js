import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepSelection, SHORTCUTS } from '../src/keys.js';

test('j and k move through the results and stop at either end', () => {
  assert.deepEqual([stepSelection(-1, 5, 1), stepSelection(-1, 5, -1), stepSelection(4, 5, 1), stepSelection(0, 5, -1), stepSelection(2, 5, 1), stepSelection(-1, 0, 1)], [0, 4, 4, 0, 3, -1]);
});

test('the shortcut list names every key the issue asks for', () => {
  assert.deepEqual(SHORTCUTS.map(([k]) => k), ['/', 'j', 'k', 'Enter', 'Esc', '?']);
});
