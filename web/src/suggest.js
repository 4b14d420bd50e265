// Name autocomplete under the search box, from /api/suggest: typing part of a name lists the
// people, organizations and places it matches (most stories first); choosing one adds it as a
// filter and keeps the rest of the query.

import { h, clear } from './dom.js';
import { formatCount } from './format.js';
import { DIM_SINGULAR } from './state.js';

export function installSuggest(input, choose) {
  const list = h('ul', { id: 'suggest', class: 'suggest', role: 'listbox', hidden: true });
  input.setAttribute('aria-controls', 'suggest');
  input.closest('form').append(list);
  let timer = null;
  let asked = 0;
  const close = () => { list.hidden = true; clear(list); };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const word = input.value.split(/\s+/).pop() ?? '';
    if (word.length < 2 || /[:"()*?~]/.test(word)) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++asked;
      let data;
      try {
        const res = await fetch(`/api/suggest?prefix=${encodeURIComponent(word)}&size=6`, { headers: { Accept: 'application/json' } });
        if (!res.ok) return;
        data = await res.json();
      } catch { return; }
      if (mine !== asked) return;
      clear(list);
      for (const e of data.entities ?? []) {
        const item = h('li', { role: 'option', class: `suggest-item ent-${e.type}`, 'data-type': e.type, 'data-value': e.value },
          e.label, h('span', { class: 'facet-count' }, ` ${DIM_SINGULAR[e.type] ?? e.type} · ${formatCount(e.count)}`));
        item.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          const rest = input.value.split(/\s+/).slice(0, -1).join(' ');
          close();
          choose(e.type, e.value, rest);
        });
        list.append(item);
      }
      list.hidden = list.children.length === 0;
    }, 150);
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
}
