import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsIsolation } from '../src/dom.js';

test('right-to-left letters and bidi controls are isolated; the page\'s own words are not', () => {
  const isolated = [
    'Reuters\u202e', // right-to-left override left open
    '\u202dforced', // left-to-right override
    'a\u2067b\u2069', // right-to-left isolate
    'mark\u200f', // right-to-left mark
    '\u061c', // Arabic letter mark
    'הארץ', // Hebrew outlet
    'الجزيرة', // Arabic outlet
    'ﻻ', // Arabic presentation form
    '\u{10900}', // Phoenician (supplementary right-to-left)
  ];
  for (const text of isolated) assert.equal(needsIsolation(text), true, JSON.stringify(text));
  const plain = ['original', 'Reuters', 'By Agnes Moray', '12 Mar 2020', 'café – naïve “quoted” — ok', '日本経済新聞', ''];
  for (const text of plain) assert.equal(needsIsolation(text), false, JSON.stringify(text));
});
