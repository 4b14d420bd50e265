// The versions of a story (its copy group) and a word-level diff between two of them, shown under
// the story. Every piece of text goes in as a text node through `h`: nothing is parsed as HTML.

import { h, clear } from './dom.js';
import { formatDate } from './format.js';

const OPS = { equal: 'span', insert: 'ins', delete: 'del' };

/** Diff runs from the API as `{tag, text}` pieces; unknown ops and non-text are dropped. */
export function diffPieces(runs) {
  return (Array.isArray(runs) ? runs : [])
    .filter((r) => r && typeof r.text === 'string' && Object.hasOwn(OPS, r.op))
    .map((r) => ({ tag: OPS[r.op], text: r.text }));
}

/** True when the runs hold no insertion or deletion: the two versions have the same words. */
export function identicalRuns(runs) {
  const pieces = diffPieces(runs);
  return pieces.length > 0 && pieces.every((p) => p.tag === 'span');
}

/**
 * Diff text as the story view reads it: a single (wire) line break is a space, a blank line a
 * paragraph break. Wire copy breaks lines every 70 characters; kept, they made a ragged column.
 */
export function flowText(text) {
  return text.replace(/\n[ \t]*\n\s*/g, '\u2029').replace(/[ \t]*\n[ \t]*/g, ' ').replace(/\u2029/g, '\n\n');
}

/**
 * "How much of the text is shared", as the similarity to the lead copy reads to a journalist; for a
 * reworded version (the same sentences in other words), the share of sentences that follow this story's.
 */
export function similarityLabel(similarity, lead, kind) {
  if (lead) return 'lead copy';
  const known = typeof similarity === 'number' && Number.isFinite(similarity);
  if (kind === 'reworded') return known ? `reworded · ${Math.round(similarity * 100)}% of sentences aligned` : 'reworded';
  if (!known) return '';
  return `${Math.round(similarity * 100)}% like the lead`;
}

async function getJson(url, signal) {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${res.status}`);
  return res.json();
}

function renderDiff(box, diff) {
  if (!diff.bounded && identicalRuns(diff.runs)) {
    clear(box).append(h('p', { class: 'diff-same' }, 'Identical text: the two versions have the same words.'));
    return;
  }
  const text = h('div', { class: 'diff-text' }, diffPieces(diff.runs).map((p) => h(p.tag, null, flowText(p.text))));
  clear(box).append(
    h('p', { class: 'muted' }, diff.bounded
      ? 'These versions are too long to align word by word; the differing middle is shown whole.'
      : 'Words only in the other version are underlined; words it dropped are struck through.'),
    text);
}

/**
 * Appends the versions panel to `el` when the story has copies. `linkFor(id)` gives the page URL of
 * a story. Failures leave the story view as it was: versions are an extra, not the story.
 */
export async function showVersions(el, storyId, signal, linkFor) {
  let group;
  try {
    group = await getJson(`/api/stories/${encodeURIComponent(storyId)}/versions`, signal);
  } catch {
    return;
  }
  const versions = Array.isArray(group?.versions) ? group.versions : [];
  if (versions.length < 2) return;
  const diffBox = h('div', { class: 'diff', 'aria-live': 'polite' });
  const items = versions.map((v) => {
    const self = v.id === storyId;
    const compare = self ? null : h('button', { type: 'button', class: 'link' }, 'Compare');
    compare?.addEventListener('click', async () => {
      clear(diffBox).append(h('p', { class: 'muted' }, 'Comparing…'));
      try {
        renderDiff(diffBox, await getJson(
          `/api/stories/${encodeURIComponent(storyId)}/diff/${encodeURIComponent(v.id)}`, signal));
      } catch {
        clear(diffBox).append(h('p', { class: 'muted' }, 'The comparison could not be loaded.'));
      }
    });
    return h('li', null,
      self ? h('strong', null, v.title || v.id) : h('a', { href: linkFor(v.id), 'data-nav': '' }, v.title || v.id),
      ' ', h('span', { class: 'muted' }, [v.source, v.published ? formatDate(v.published) : 'undated',
        similarityLabel(v.similarity, v.lead, v.kind)].filter(Boolean).join(' · ')),
      compare ? ' ' : null, compare);
  });
  el.append(h('section', { class: 'versions', 'aria-label': 'Versions of this story' },
    h('h2', null, `${versions.length} versions`), h('ul', null, items), diffBox));
}
