// The network of the current search (`?view=network&q=…`): the names in most matching stories as
// nodes, shared stories as edges. Laid out by a small force simulation (Fruchterman–Reingold, fixed
// seed and step count, so a search always draws the same picture); at 40 nodes labels stay readable
// because node size, not label size, carries the count. Clicking a node filters the search by it;
// clicking an edge opens the stories both names share.

import { h, svg } from './dom.js';
import { formatCount, plural } from './format.js';
import { toParams, toggleFilter, withChanges, DIM_SINGULAR } from './state.js';
import { getNetwork } from './investigate.js';
import { backLink, entityUrl } from './tools.js';

const W = 900;
const H = 640;
const STEPS = 300;

export async function showNetwork(el, state, params, navigate) {
  const api = toParams({ ...state, page: 1, story: null });
  api.delete('size');
  api.set('size', params.get('size') ?? '40');
  if (params.get('types')) api.set('types', params.get('types'));
  el.append(backLink(state), h('h1', null, 'Network of this search'), h('p', { class: 'summary', role: 'status' }, 'Loading…'));
  let net;
  try {
    net = await getNetwork(api);
  } catch (e) {
    el.querySelector('.summary').textContent = e.message;
    return;
  }
  el.querySelector('.summary').textContent = `${plural(net.nodes.length, 'name', 'names')} in ${plural(net.stories, 'story', 'stories')}; `
    + `${plural(net.edges.length, 'pair', 'pairs')} share stories. Click a name to filter by it, a line to see the stories both share.`;
  if (!net.nodes.length) return;
  const pos = layout(net.nodes.length, net.edges);
  const maxCount = Math.max(...net.nodes.map((n) => n.count));
  const maxEdge = Math.max(...net.edges.map((e) => e.count), 1);
  const radius = (n) => 5 + 14 * Math.sqrt(n.count / maxCount);
  const edges = net.edges.map((e) => {
    const a = net.nodes[e.source];
    const b = net.nodes[e.target];
    const line = svg('line', {
      class: 'edge', x1: pos[e.source].x, y1: pos[e.source].y, x2: pos[e.target].x, y2: pos[e.target].y,
      'stroke-width': (1 + 5 * (e.count / maxEdge)).toFixed(1), tabindex: '0', role: 'link',
      'data-source': a.value, 'data-target': b.value,
    }, svg('title', null, `${a.label} and ${b.label}: ${plural(e.count, 'shared story', 'shared stories')} (lift ${e.lift})`));
    const open = () => navigate(shared(state, a, b));
    line.addEventListener('click', open);
    line.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
    return line;
  });
  const nodes = net.nodes.map((n, i) => {
    const g = svg('g', { class: `node node-${n.type}`, tabindex: '0', role: 'button', 'data-type': n.type, 'data-value': n.value,
      transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`, 'aria-label': `${DIM_SINGULAR[n.type] ?? n.type} ${n.label}, ${formatCount(n.count)} stories: filter by it` },
      svg('circle', { r: radius(n).toFixed(1) }),
      svg('text', { class: 'node-label', x: (radius(n) + 3).toFixed(1), y: 4 }, n.label),
      svg('title', null, `${n.label}: ${plural(n.count, 'story', 'stories')}`));
    const filter = () => navigate(toggleFilter(state, n.type, n.value));
    g.addEventListener('click', filter);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') filter(); });
    return g;
  });
  el.append(
    h('figure', { class: 'network' }, svg('svg', { class: 'network-svg', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Network of names' },
      svg('g', { class: 'edges' }, edges), svg('g', { class: 'nodes' }, nodes))),
    h('ul', { class: 'network-list' }, net.nodes.map((n) => h('li', null,
      h('a', { href: entityUrl(n.type, n.value), 'data-nav': '' }, n.label), ` ${formatCount(n.count)}`))));
}

/** The search narrowed to the stories naming both (one facet's values are OR'd, so a same-type pair goes in q). */
function shared(state, a, b) {
  if (a.type !== b.type) return toggleFilter(toggleFilter(state, a.type, a.value), b.type, b.value);
  const q = [state.q.trim(), `${b.type}:"${b.value}"`].filter(Boolean).join(' AND ');
  return toggleFilter(withChanges(state, { q }), a.type, a.value);
}

/** Node positions: a circle to start, then attraction along edges and repulsion between all nodes. */
export function layout(n, edges, width = W, height = H) {
  const margin = 60;
  const pos = Array.from({ length: n }, (_, i) => ({
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / n), y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / n),
  }));
  const k = 1.2 * Math.sqrt((width * height) / Math.max(n, 1));
  for (let step = 0; step < STEPS; step++) {
    const t = (width / 10) * (1 - step / STEPS);
    const d = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const dist = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / dist;
        d[i].x += (dx / dist) * f; d[i].y += (dy / dist) * f;
        d[j].x -= (dx / dist) * f; d[j].y -= (dy / dist) * f;
      }
    }
    for (const e of edges) {
      const dx = pos[e.source].x - pos[e.target].x;
      const dy = pos[e.source].y - pos[e.target].y;
      const dist = Math.max(Math.hypot(dx, dy), 0.01);
      const f = ((dist * dist) / k) * Math.min(1, 0.3 + Math.log1p(e.count) / 4);
      d[e.source].x -= (dx / dist) * f; d[e.source].y -= (dy / dist) * f;
      d[e.target].x += (dx / dist) * f; d[e.target].y += (dy / dist) * f;
    }
    // Keep the picture centred: a dense graph otherwise drifts against one edge of the box.
    const cx = pos.reduce((sum, p) => sum + p.x, 0) / n - width / 2;
    const cy = pos.reduce((sum, p) => sum + p.y, 0) / n - height / 2;
    for (let i = 0; i < n; i++) {
      pos[i].x -= cx;
      pos[i].y -= cy;
      const len = Math.max(Math.hypot(d[i].x, d[i].y), 0.01);
      pos[i].x = Math.min(width - margin * 2, Math.max(margin, pos[i].x + (d[i].x / len) * Math.min(len, t)));
      pos[i].y = Math.min(height - margin / 2, Math.max(margin / 2, pos[i].y + (d[i].y / len) * Math.min(len, t)));
    }
  }
  return pos;
}
