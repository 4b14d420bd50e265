// Several timelines on one axis (GET /api/timeline): one polyline per entity over the search's
// buckets, with a legend. Inline SVG, sized by the view box, no library.

import { h, svg } from './dom.js';
import { formatCount } from './format.js';

const W = 640;
const H = 180;
const PAD = 28;

export function lineChart(timeline) {
  const keys = timeline.keys ?? [];
  const series = timeline.series ?? [];
  if (!keys.length) return h('p', null, 'No dated stories.');
  const max = Math.max(1, ...series.flatMap((s) => s.counts));
  const x = (i) => PAD + (keys.length === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (keys.length - 1));
  const y = (v) => H - PAD - (v * (H - 2 * PAD)) / max;
  const lines = series.map((s, n) => svg('polyline', {
    class: `series series-${n}`, fill: 'none', 'data-entity': `${s.type}:${s.value}`,
    points: s.counts.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '),
  }));
  const chart = svg('svg', { class: 'line-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Stories per ${timeline.interval} for ${series.map((s) => s.label).join(', ')}` },
    svg('line', { class: 'axis', x1: PAD, y1: H - PAD, x2: W - PAD, y2: H - PAD }),
    svg('text', { class: 'tick', x: PAD, y: H - 8 }, keys[0]),
    svg('text', { class: 'tick', x: W - PAD, y: H - 8, 'text-anchor': 'end' }, keys[keys.length - 1]),
    svg('text', { class: 'tick', x: 4, y: PAD }, formatCount(max)),
    lines);
  const legend = h('ul', { class: 'legend' }, series.map((s, n) => h('li', null,
    h('span', { class: `swatch series-${n}`, 'aria-hidden': 'true' }), `${s.label} (${formatCount(s.stories)})`)));
  return h('figure', { class: 'timeline-compare' }, chart, legend);
}
