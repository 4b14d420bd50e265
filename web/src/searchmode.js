// The exact/folded switch beside the search box, and the syntax help that explains both modes. The
// mode is part of the URL (`mode=exact`), like every other search parameter.

import { h, clear } from './dom.js';

/** Calls `onChange(mode)` when the reader flips the switch. */
export function installModeSwitch(form, onChange) {
  for (const radio of form.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener('change', () => { if (radio.checked) onChange(radio.value); });
  }
}

/** Shows the state's mode on the switch (a shared link or back/forward may change it). */
export function syncModeSwitch(form, mode) {
  for (const radio of form.querySelectorAll('input[name="mode"]')) radio.checked = radio.value === mode;
}

const EXAMPLES = [
  ['Folded (default)', 'case, accents and word forms are merged', [
    ['embassies', 'finds "embassy", "Embassy", "embassies"'],
    ['Perez', 'finds "Pérez" and "PEREZ"'],
    ['"U.S. embassy"', 'a phrase, the words in order: finds "US embassy" too'],
    ["Kata'ib", 'finds "Kataib" and "Kata\u2019ib"'],
  ]],
  ['Exact', 'the text as written: case, accents and word forms kept', [
    ['Embassy', 'finds "Embassy", not "embassy" or "Embassies"'],
    ['US', 'finds "US", not "us"'],
    ["Kata'ib", 'finds "Kata\u2019ib" too: typed and typeset apostrophes are the same'],
  ]],
  ['One clause in the other mode', 'in either mode', [
    ['exact:"Kata\'ib Hezbollah" militia', 'the phrase exactly, "militia" in the page\u2019s mode'],
    ['exact:US AND folded:embassies', 'each clause in its own mode'],
  ]],
  ['Everywhere', 'in both modes', [
    ['embassy AND (Baghdad OR Basra) NOT Kuwait', 'AND, OR, NOT and brackets'],
    ['"embassy attack"~3', 'the words at most 3 apart'],
    ['embass*   Khazali~', 'a prefix; a spelling one or two letters off'],
    ['title:embassy   person:"Qais al-Khazali"', 'one field; names, outlets and tags are always folded'],
  ]],
];

/** Renders the syntax help: a closed disclosure under the search box. */
export function renderSyntaxHelp(el) {
  clear(el).append(h('details', { class: 'syntax-help' },
    h('summary', null, 'Search syntax: folded and exact'),
    h('div', { class: 'syntax-body' }, EXAMPLES.map(([title, note, rows]) => h('section', null,
      h('h3', null, title, ' ', h('span', { class: 'syntax-note' }, `\u2014 ${note}`)),
      h('dl', null, rows.map(([example, what]) => [h('dt', null, h('code', null, example)), h('dd', null, what)])))))));
}
