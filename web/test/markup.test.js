import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, parseHighlighted } from '../src/markup.js';

test('splits a snippet into plain and marked segments', () => {
  assert.deepEqual(parseHighlighted('…outside the <mark>embassy</mark>, smashed'), [
    { text: '…outside the ', mark: false }, { text: 'embassy', mark: true }, { text: ', smashed', mark: false },
  ]);
});

test('decodes the escaper\'s entities into text', () => {
  assert.equal(decodeEntities('Kata&#39;ib &amp; &quot;Hezbollah&quot; &lt;b&gt; &#x2014; &apos;x&apos;'), 'Kata\'ib & "Hezbollah" <b> — \'x\'');
});

test('leaves unknown names and invalid code points harmless', () => {
  assert.equal(decodeEntities('&bogus; &#0; &#xD800; &#1114112;'), '&bogus; \ufffd \ufffd \ufffd');
});

test('escaped markup stays text and stray raw tags are never elements', () => {
  assert.deepEqual(parseHighlighted('&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark><img src=x>'), [
    { text: '<script>alert(1)</script> ', mark: false }, { text: 'x', mark: true }, { text: '<img src=x>', mark: false },
  ]);
});

test('adjacent marks merge and an unclosed mark ends at the end', () => {
  assert.deepEqual(parseHighlighted('<mark>US</mark><mark> embassy</mark> in <mark>Baghdad'), [
    { text: 'US embassy', mark: true }, { text: ' in ', mark: false }, { text: 'Baghdad', mark: true },
  ]);
  assert.deepEqual(parseHighlighted(null), []);
});
