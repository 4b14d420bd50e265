import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityUrl, facetProfile } from '../src/links.js';
import './vocabulary.js';

test('an entity page URL encodes the type and the key, whatever the name holds', () => {
  assert.equal(entityUrl('person', 'qais al khazali'), '?view=entity&type=person&key=qais+al+khazali');
  assert.equal(entityUrl('org', 'at&t <b>"x"</b>'), '?view=entity&type=org&key=at%26t+%3Cb%3E%22x%22%3C%2Fb%3E');
});

test('people, organisations and places in the sidebar link to their page, named by their label', () => {
  assert.deepEqual(facetProfile('person', 'qais al khazali', 'Qais al-Khazali'), {
    href: '?view=entity&type=person&key=qais+al+khazali',
    name: 'Profile of Qais al-Khazali',
    title: 'Who Qais al-Khazali is in the archive',
  });
  assert.deepEqual(facetProfile('org', 'kataib hezbollah', 'Kataib Hezbollah').href, '?view=entity&type=org&key=kataib+hezbollah');
  assert.deepEqual(facetProfile('place', 'baghdad', '').name, 'Profile of baghdad', 'no label seen: the value names it');
});

test('outlets and tags are not names: no profile link', () => {
  assert.equal(facetProfile('source', 'Reuters', 'Reuters'), null);
  assert.equal(facetProfile('tag', 'iraq', 'iraq'), null);
  assert.equal(facetProfile('nope', 'x', 'x'), null);
  assert.equal(facetProfile('person', '', ''), null);
});
