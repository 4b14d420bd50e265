// Saved searches (`?view=saved`): the user's searches with "N new" since last seen (stories added by
// later builds that match), each opened as a search (which marks it seen), deleted, or followed in a
// feed reader. `saveForm` is the small "save this search" form of the search toolbar.

import { h, clear } from './dom.js';
import { formatCount } from './format.js';
import { listSaved, saveSearch, markSeen, deleteSaved } from './investigate.js';
import { backLink } from './tools.js';

export function saveForm(state, params) {
  const name = h('input', { type: 'text', id: 'save-name', placeholder: 'Name this search', 'aria-label': 'Name of the saved search', maxlength: '200' });
  const note = h('span', { class: 'save-note', role: 'status' });
  const form = h('form', { class: 'save-form' }, name, h('button', { type: 'submit', id: 'save-search' }, 'Save search'), note);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const label = name.value.trim() || state.q.trim() || 'Search';
    try {
      await saveSearch(label, params);
      note.textContent = 'Saved. ';
      note.append(h('a', { href: '?view=saved', 'data-nav': '' }, 'Saved searches'));
      name.value = '';
    } catch (err) {
      note.textContent = err.message;
    }
  });
  return form;
}

export async function showSaved(el, state, params, navigate) {
  el.append(backLink(state), h('h1', null, 'Saved searches'));
  const list = h('ul', { class: 'saved-list' });
  el.append(list);
  let data;
  try {
    data = await listSaved();
  } catch (e) {
    list.append(h('li', { class: 'notice error' }, e.message));
    return;
  }
  if (!data.searches.length) {
    list.append(h('li', null, 'Nothing saved yet: run a search and use "Save search" above the results.'));
    return;
  }
  for (const s of data.searches) {
    const open = h('a', { class: 'saved-open', href: s.search_url, 'data-nav': '' }, s.name);
    // Opening the search is seeing its new stories: mark them seen first, then follow the link.
    open.addEventListener('click', () => { markSeen(s.id).catch(() => {}); }, { capture: true });
    const remove = h('button', { type: 'button', class: 'saved-delete' }, 'Delete');
    remove.addEventListener('click', async () => {
      await deleteSaved(s.id);
      clear(el);
      showSaved(el, state, params, navigate);
    });
    list.append(h('li', { class: 'saved', 'data-id': s.id },
      open, ' ',
      s.new_stories > 0 ? h('span', { class: 'new-badge' }, `${formatCount(s.new_stories)} new`) : h('span', { class: 'no-new' }, 'nothing new'), ' ',
      h('code', { class: 'saved-params' }, s.params || '(every story)'), ' ',
      h('a', { class: 'feed', href: s.feed_url }, 'Atom feed'), ' ',
      remove));
  }
}
