// The date histogram: one bar per bucket (year, month, week or day, as the API chose) from the first
// to the last dated story (empty buckets included, so the axis is true to time), counts on hover, a
// click filters to that bucket. Keys are `2019`, `2019-12` or `2019-12-31`; a week is keyed by its Monday.
// Bars are links drawn with a tiny inline SVG each: heights are SVG attributes, which a strict
// CSP allows, where a style attribute would be blocked.

import { h, svg, clear } from './dom.js';
import { formatDate, formatCount, plural, monthRange } from './format.js';
import { toUrl, withChanges, INTERVALS } from './state.js';

/** Compares a `YYYY-MM` key with a `YYYY[-MM[-DD]]` bound at the coarser of the two precisions. */
function cmp(key, bound) {
  const n = Math.min(key.length, bound.length);
  return key.slice(0, n).localeCompare(bound.slice(0, n));
}

/** The `from`/`to` a bar filters to: the key itself, except a week, which runs Monday to Sunday. */
export function bucketRange(key, interval) {
  if (interval !== 'week' || !/^\d{4}-\d{2}-\d{2}$/.test(key)) return { from: key, to: key };
  const sunday = new Date(`${key}T00:00:00Z`);
  sunday.setUTCDate(sunday.getUTCDate() + 6);
  return { from: key, to: sunday.toISOString().slice(0, 10) };
}

/** How a bar names its bucket on hover: `Dec 2019`, `31 Dec 2019`, `week of 30 Dec 2019`. */
export function bucketLabel(key, interval) {
  return interval === 'week' ? `week of ${formatDate(key)}` : formatDate(key);
}

/** The `from`/`to` of a brush dragged from bar `i` to bar `j` (either way round). */
export function brushRange(keys, i, j, interval) {
  const [a, b] = i <= j ? [i, j] : [j, i];
  return { from: bucketRange(keys[a], interval).from, to: bucketRange(keys[b], interval).to };
}

function inRange(key, state) {
  return (!state.from || cmp(key, state.from) >= 0) && (!state.to || cmp(key, state.to) <= 0);
}

function bars(state, buckets, interval, onBrush) {
  const counts = new Map(buckets.map((b) => [b.key, b.count]));
  const keys = interval === 'month' && buckets.length ? (monthRange(buckets[0].key, buckets[buckets.length - 1].key) ?? buckets.map((b) => b.key)) : buckets.map((b) => b.key);
  const max = Math.max(1, ...counts.values());
  const filtered = Boolean(state.from || state.to);
  const unit = interval || 'month';
  const row = h('div', { class: 'bars', role: 'group', 'aria-label': `Stories per ${unit}; use arrow keys to move between bars` });
  for (const key of keys) {
    const count = counts.get(key) ?? 0;
    // Ensure a non-empty month is at least a visible sliver next to a month with thousands.
    const height = count ? Math.max(3, Math.round((count / max) * 100)) : 0;
    const label = `${bucketLabel(key, interval)}: ${plural(count, 'story', 'stories')}`;
    const graphic = svg('svg', { viewBox: '0 0 1 100', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { x: 0, y: 100 - height, width: 1, height }));
    const cls = `bar${filtered && inRange(key, state) ? ' in' : ''}${filtered && !inRange(key, state) ? ' out' : ''}`;
    if (!count) {
      row.append(h('span', { class: `${cls} empty`, title: label, dataset: { i: String(row.childElementCount) } }, graphic));
      continue;
    }
    const range = bucketRange(key, interval);
    const exact = state.from === range.from && state.to === range.to;
    const next = exact ? withChanges(state, { from: '', to: '' }) : withChanges(state, range);
    row.append(h('a', {
      class: cls, href: toUrl(next), 'data-nav': '', title: exact ? `${label} (click to show all dates)` : label,
      'aria-label': exact ? `${label}, selected; remove date filter` : `${label}; show only this ${unit}`, tabindex: '-1',
      dataset: { i: String(row.childElementCount) },
    }, graphic));
  }
  rovingFocus(row);
  brushing(row, keys, interval, state, onBrush);
  return { row, keys, max };
}

/**
 * Dragging across bars filters to the range they cover (pointer events, so mouse, pen and touch
 * alike); a press and release on one bar stays a click on that bar.
 */
function brushing(row, keys, interval, state, onBrush) {
  let start = -1;
  let end = -1;
  let dragged = false;
  const barAt = (e) => document.elementFromPoint(e.clientX, e.clientY)?.closest?.('.bar');
  const paint = () => {
    const [a, b] = start <= end ? [start, end] : [end, start];
    row.querySelectorAll('.bar').forEach((el) => el.classList.toggle('brushed', Number(el.dataset.i) >= a && Number(el.dataset.i) <= b));
  };
  row.addEventListener('pointerdown', (e) => {
    const bar = e.target.closest('.bar');
    if (!bar || e.button !== 0) return;
    start = Number(bar.dataset.i);
    end = start;
    dragged = false;
    // No pointer capture yet: captured, Chromium retargets the click to the row and a plain click
    // on a bar would never follow its link. Capture starts once the pointer reaches another bar.
    e.preventDefault();
  });
  row.addEventListener('pointermove', (e) => {
    if (start < 0) return;
    const bar = barAt(e);
    if (!bar || !row.contains(bar) || Number(bar.dataset.i) === end) return;
    end = Number(bar.dataset.i);
    if (!dragged && end !== start) row.setPointerCapture?.(e.pointerId);
    dragged = dragged || end !== start;
    row.classList.add('brushing');
    paint();
  });
  row.addEventListener('pointerup', () => {
    if (start < 0) return;
    const range = dragged ? brushRange(keys, start, end, interval) : null;
    start = -1;
    row.classList.remove('brushing');
    if (range) onBrush(withChanges(state, { ...range, undated: 'include' }));
  });
  // The click that ends a drag must not also follow the link of the bar it ended on.
  row.addEventListener('click', (e) => {
    if (dragged) { e.preventDefault(); dragged = false; }
  }, true);
}

/** One tab stop for the whole chart; arrow keys, Home and End move between the bars. */
function rovingFocus(row) {
  const links = [...row.querySelectorAll('a')];
  if (!links.length) return;
  (links.find((a) => a.classList.contains('in')) ?? links[links.length - 1]).tabIndex = 0;
  row.addEventListener('keydown', (e) => {
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    const j = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: links.length - 1 }[e.key];
    if (j === undefined) return;
    e.preventDefault();
    const target = links[Math.max(0, Math.min(links.length - 1, j))];
    links.forEach((a) => { a.tabIndex = a === target ? 0 : -1; });
    target.focus();
  });
}

/**
 * Tick labels in cells that line up with the bars: every month for a short span, quarters for
 * up to two years, else January of every year (or every few years), so labels never crowd.
 */
export function axisLabels(keys, most = 8) {
  if (!keys.every((k) => /^\d{4}-\d{2}$/.test(k))) {
    const every = Math.ceil(keys.length / Math.max(1, most));
    // Days and weeks name the year only on the first label and where it turns, as months do,
    // so two neighbouring labels stay short enough not to run into each other.
    let year = null;
    return keys.map((k, i) => {
      if (i % every !== 0) return '';
      const label = formatDate(k);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(k)) return label;
      const turns = k.slice(0, 4) !== year;
      year = k.slice(0, 4);
      return turns ? label : label.replace(/ \d{4}$/, '');
    });
  }
  const month = (k) => Number(k.slice(5, 7));
  const short = (k) => formatDate(k).split(' ')[0];
  const years = new Set(keys.map((k) => k.slice(0, 4))).size;
  const step = Math.ceil(years / 10);
  const labels = keys.map((k) => {
    if (keys.length <= 8) return month(k) === 1 ? formatDate(k) : short(k);
    if (keys.length <= 24) return month(k) === 1 ? formatDate(k) : month(k) % 3 === 1 ? short(k) : '';
    return month(k) === 1 && Number(k.slice(0, 4)) % step === 0 ? k.slice(0, 4) : '';
  });
  // The first bar always says when the axis starts, unless a label sits right beside it.
  const near = labels.slice(1, keys.length <= 24 ? 2 : 4).some((l) => l);
  if (!near || keys.length <= 8) labels[0] = keys.length > 24 ? keys[0].slice(0, 4) : formatDate(keys[0]);
  return labels;
}

/** Up to this many bars, bars and their labels may be wider than the usual 3rem. */
const FEW = 8;

/** About one day or week label per 80 px of chart (a label like `31 Dec 2019` is ~65 px), at most eight. */
function axis(keys, width) {
  // The bars' side padding (2rem left for the scale, 2.5rem right for the last label) takes ~72 px.
  const most = width > 0 ? Math.max(2, Math.min(8, Math.floor((width - 72) / 80))) : 8;
  return h('div', { class: 'axis', 'aria-hidden': 'true' }, axisLabels(keys, most).map((l) => h('span', null, l)));
}

function rangeForm(state, onSubmit) {
  const input = (name, label, value) => {
    const id = `date-${name}`;
    return h('span', { class: 'field' }, h('label', { for: id }, label),
      h('input', { id, name, type: 'text', inputmode: 'numeric', value, placeholder: 'YYYY-MM-DD', size: 10, autocomplete: 'off', 'aria-describedby': 'date-hint' }));
  };
  const form = h('form', { class: 'range', 'aria-label': 'Date range' },
    input('from', 'From', state.from), input('to', 'To', state.to),
    h('button', { type: 'submit' }, 'Apply'),
    h('span', { id: 'date-hint', class: 'hint' }, 'Year, month or day, e.g. 2019 or 2019-12'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(withChanges(state, { from: form.elements.from.value.trim(), to: form.elements.to.value.trim(), undated: 'include' }));
  });
  return form;
}

/** The bar width: `auto` (the API's choice, named) or a fixed year, month, week or day. */
function intervalPicker(state, chosen, onChange) {
  const names = { auto: chosen ? `Auto (${chosen})` : 'Auto', year: 'Year', month: 'Month', week: 'Week', day: 'Day' };
  const select = h('select', { id: 'interval', 'aria-label': 'One bar per' },
    INTERVALS.map((i) => h('option', { value: i, selected: (state.interval ?? 'auto') === i }, names[i])));
  select.addEventListener('change', () => onChange({ ...withChanges(state, { interval: select.value }), page: state.page }));
  return h('label', { class: 'tl-interval' }, 'Bars: ', select);
}

export function renderTimeline(el, state, dates, onSubmit) {
  clear(el);
  const buckets = Array.isArray(dates?.buckets) ? dates.buckets.filter((b) => typeof b?.key === 'string' && b.count >= 0) : [];
  const undated = dates?.undated ?? 0;
  const dateFiltered = Boolean(state.from || state.to || (state.undated ?? 'include') !== 'include');
  if (!buckets.length && !undated && !dateFiltered) return;
  // Few bars get wider cells (see style.css), so a label of several words fits under its bar.
  const fig = h('figure', { class: buckets.length && buckets.length <= FEW ? 'timeline few' : 'timeline' });
  const unit = dates?.interval && dates.interval !== 'month' ? dates.interval : 'month';
  const caption = h('figcaption', null, h('span', { class: 'tl-title' }, `Stories by ${unit}`));
  const tools = h('span', { class: 'tl-tools' });
  if (state.undated === 'only') {
    tools.append(h('span', { class: 'tl-undated' }, `Showing only ${plural(undated, 'undated story', 'undated stories')}`));
  } else if (undated) {
    // The undated bucket: stories without a date cannot sit on a time axis, so they get their own link.
    tools.append(h('a', { class: 'tl-undated', href: toUrl(withChanges(state, { from: '', to: '', undated: 'only' })), 'data-nav': '',
      title: 'Show only the stories without a date' }, `${plural(undated, 'undated story', 'undated stories')}`));
  }
  if (dateFiltered) {
    tools.append(h('a', { class: 'tl-reset', href: toUrl(withChanges(state, { from: '', to: '', undated: 'include' })), 'data-nav': '' }, 'Reset dates'));
  }
  tools.append(intervalPicker(state, dates?.interval, onSubmit));
  caption.append(tools);
  fig.append(caption);
  if (buckets.length) {
    const { row, keys, max } = bars(state, buckets, dates.interval, onSubmit);
    fig.append(h('div', { class: 'chart' }, h('span', { class: 'tl-max', 'aria-hidden': 'true' }, formatCount(max)), row),
      axis(keys, el.clientWidth));
  } else {
    fig.append(h('p', { class: 'tl-none' }, 'No dated stories in these results.'));
  }
  fig.append(rangeForm(state, onSubmit));
  el.append(fig);
}
