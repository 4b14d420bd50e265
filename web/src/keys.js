// Keyboard shortcuts. `/` search, `j`/`k` move through results (through hits in a story), Enter
// opens, Esc goes back, `?` lists them. Keys typed into a field stay with the field.

import { h } from './dom.js';
import { moveHit } from './story.js';

export const SHORTCUTS = [
  ['/', 'Focus the search box'],
  ['j', 'Next result (next hit in a story)'],
  ['k', 'Previous result (previous hit in a story)'],
  ['Enter', 'Open the selected result'],
  ['Esc', 'Back to the results (or leave the search box)'],
  ['?', 'Show this list'],
];

/** The index to select after `j` (1) or `k` (-1), clamped to the list; -1 selects the first. */
export function stepSelection(current, count, step) {
  if (count <= 0) return -1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, current + step));
}

function typing(t) {
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t?.isContentEditable;
}

function shortcutDialog() {
  let dialog = document.getElementById('shortcuts');
  if (dialog) return dialog;
  const close = h('button', { type: 'button' }, 'Close');
  dialog = h('dialog', { id: 'shortcuts', class: 'shortcuts', 'aria-labelledby': 'shortcuts-title' },
    h('h2', { id: 'shortcuts-title' }, 'Keyboard shortcuts'),
    h('dl', null, SHORTCUTS.map(([k, what]) => [h('dt', null, h('kbd', null, k)), h('dd', null, what)])),
    close);
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  return dialog;
}

/** Moves the keyboard selection through the result list and focuses the chosen title link. */
function moveResult(step) {
  const hits = [...document.querySelectorAll('#results .hit')];
  const current = hits.findIndex((li) => li.classList.contains('kb-current') || li.contains(document.activeElement));
  const i = stepSelection(current, hits.length, step);
  if (i < 0) return;
  hits.forEach((li) => li.classList.toggle('kb-current', li === hits[i]));
  const link = hits[i].querySelector('a[data-story]');
  link.focus({ preventScroll: true });
  hits[i].scrollIntoView({ block: 'nearest' });
}

/** Installs the shortcuts; `ui` holds the search box and the two views. */
export function installShortcuts(ui) {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const inStory = !ui.storyView.hidden;
    if (e.key === 'Escape') {
      if (document.getElementById('shortcuts')?.open) return; // the dialog closes itself
      if (e.target === ui.q) { ui.q.blur(); return; }
      if (inStory) { e.preventDefault(); ui.storyView.querySelector('a.back')?.click(); }
      return;
    }
    if (typing(e.target)) return;
    if (e.key === '/') {
      e.preventDefault();
      ui.q.focus();
      ui.q.select();
    } else if (e.key === '?') {
      e.preventDefault();
      shortcutDialog().showModal();
    } else if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      const step = e.key === 'j' ? 1 : -1;
      if (inStory) moveHit(ui.storyView.querySelector('.story'), step); else moveResult(step);
    }
    // Enter needs nothing here: the selected result's title link has the focus and follows itself.
  });
}
