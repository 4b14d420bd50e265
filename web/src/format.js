// Display formats. Dates are formatted by hand, not with toLocaleDateString, so that a
// day-precision date never shifts by a time zone and a month-precision date never grows a day.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const numbers = new Intl.NumberFormat('en-US');

/** `2019-12-31` → `31 Dec 2019`, `2019-12` → `Dec 2019`, `2019` → `2019`; anything else unchanged. */
export function formatDate(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return iso ?? '';
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : null;
  if (mo && !month) return iso;
  if (d) return `${Number(d)} ${month} ${y}`;
  return month ? `${month} ${y}` : y;
}

export function formatCount(n) {
  return numbers.format(n);
}

/** `1 story`, `21,578 stories`. */
export function plural(n, one, many) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Months from `first` to `last` inclusive (`YYYY-MM` keys), for a time axis without gaps. */
export function monthRange(first, last, limit = 1200) {
  const parse = (k) => { const [y, m] = k.split('-').map(Number); return y * 12 + (m - 1); };
  const a = parse(first);
  const b = parse(last);
  if (!(b >= a) || b - a >= limit) return null;
  const out = [];
  for (let i = a; i <= b; i += 1) {
    out.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Only http(s) links leave the page: a story's `url` field must never become a `javascript:` link. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
