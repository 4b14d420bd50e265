// Batch search (`?view=batch`): paste or upload a list of queries or names, search them all with
// the current filters, sort the table, open any row as a search, download the table as CSV.
// A bad line comes back as an error row; the rest of the batch is unaffected.

import { h, clear } from './dom.js';
import { formatCount, formatDate, plural } from './format.js';
import { toParams } from './state.js';
import { runBatch, batchCsv } from './investigate.js';
import { backLink } from './tools.js';

const COLUMNS = [
  ['line', '#'], ['query', 'Query'], ['total', 'Stories'], ['first', 'First'], ['last', 'Last'], ['outlets', 'Top outlets'],
];

export function showBatch(el, state) {
  const text = h('textarea', { id: 'batch-text', rows: '10', spellcheck: 'false', 'aria-describedby': 'batch-hint' });
  const file = h('input', { id: 'batch-file', type: 'file', accept: '.txt,.csv,text/plain,text/csv' });
  const mode = h('select', { id: 'batch-mode' }, h('option', { value: 'names' }, 'Names'), h('option', { value: 'query' }, 'Queries'));
  const run = h('button', { type: 'submit', id: 'batch-run' }, 'Search all');
  const status = h('p', { class: 'summary', role: 'status', 'aria-live': 'polite' });
  const table = h('div', { id: 'batch-table' });
  const form = h('form', { class: 'batch-form' },
    h('label', { for: 'batch-text' }, 'One name or query per line (up to 10,000)'), text,
    h('p', { id: 'batch-hint', class: 'hint' }, 'Names are looked up as people, organizations and places first, then as phrases in the text. The current search\'s filters apply to every line.'),
    h('div', { class: 'batch-row' }, h('label', null, 'Upload ', file), h('label', null, 'Read lines as ', mode), run));
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (f) text.value = await f.text();
  });
  const params = () => {
    const p = toParams({ ...state, q: '', page: 1, story: null });
    p.delete('size');
    p.delete('sort');
    p.set('lines', mode.value);
    return p;
  };
  let rows = [];
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.textContent = 'Searching…';
    const body = csvToLines(text.value);
    try {
      const data = await runBatch(body, params());
      rows = data.rows;
      const failed = rows.filter((r) => r.error).length;
      status.textContent = `${plural(rows.length, 'line', 'lines')} searched` + (failed ? `; ${plural(failed, 'line', 'lines')} could not be read` : '') + '.';
      renderTable(table, rows, 'line', true, body, params);
    } catch (err) {
      status.textContent = err.message;
    }
  });
  el.append(backLink(state), h('h1', null, 'Batch search'), form, status, table);
}

/** A CSV with a `query` column is sent as plain lines of that column; anything else is sent as it is. */
function csvToLines(text) {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const cols = first.split(',').map((c) => c.trim().toLowerCase());
  if (!cols.includes('query') || cols.length < 2) return text;
  const at = cols.indexOf('query');
  return text.split(/\r?\n/).slice(1).map((line) => (line.split(',')[at] ?? '').replace(/^"|"$/g, '')).join('\n');
}

function sortValue(row, key) {
  if (key === 'outlets') return row.outlets?.[0]?.name ?? '';
  if (key === 'total') return row.total ?? -1;
  return row[key] ?? '';
}

function renderTable(el, rows, key, ascending, body, params) {
  const sorted = [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (ascending ? c : -c) || a.line - b.line;
  });
  const head = h('tr', null, COLUMNS.map(([k, label]) => {
    const sortedHere = k === key;
    const button = h('button', { type: 'button', class: 'sort-col', 'data-col': k }, label, sortedHere ? (ascending ? ' ▲' : ' ▼') : '');
    button.addEventListener('click', () => renderTable(el, rows, k, sortedHere ? !ascending : k !== 'total', body, params));
    return h('th', { scope: 'col', 'aria-sort': sortedHere ? (ascending ? 'ascending' : 'descending') : 'none' }, button);
  }), h('th', { scope: 'col' }, ''));
  const download = h('button', { type: 'button', id: 'batch-download' }, 'Download CSV');
  download.addEventListener('click', async () => {
    const p = params();
    p.set('format', 'csv');
    const blob = await batchCsv(body, p);
    const a = h('a', { href: URL.createObjectURL(blob), download: 'morgue-batch.csv' });
    document.body.append(a);
    a.click();
    a.remove();
  });
  clear(el).append(download, h('table', { class: 'batch' }, h('thead', null, head), h('tbody', null, sorted.map((r) => h('tr', { class: r.error ? 'bad' : null, 'data-line': r.line },
    h('td', null, String(r.line)),
    h('td', null, r.query, r.matched_as ? h('span', { class: 'matched' }, ` (${r.matched_as})`) : null),
    r.error
      ? h('td', { class: 'error', colspan: '4' }, r.error.message + (Number.isInteger(r.error.position) ? ` (at character ${r.error.position + 1})` : ''))
      : [h('td', { class: 'num' }, formatCount(r.total)), h('td', null, r.first ? formatDate(r.first) : ''), h('td', null, r.last ? formatDate(r.last) : ''),
        h('td', null, r.outlets.map((o) => `${o.name} (${formatCount(o.count)})`).join(', '))],
    h('td', null, r.search_url ? h('a', { href: r.search_url, 'data-nav': '', class: 'open-row' }, 'Open') : null))))));
}
