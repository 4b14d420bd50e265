// A tiny element builder. Children that are strings become text nodes, so nothing built here
// is ever parsed as HTML, and a string with right-to-left letters or bidi controls is put in a <bdi>
// so it cannot reorder the page's text around it; `style` is refused because the page runs under a CSP without
// 'unsafe-inline' and every look lives in style.css.

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'style' || k === 'innerHTML' || k.startsWith('on')) {
      throw new Error(`dom: attribute '${k}' is not allowed; use style.css or addEventListener`);
    }
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  const isolate = el.namespaceURI === XHTML && !PLAIN_TEXT_ONLY.has(el.localName);
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    if (c instanceof Node) el.append(c);
    else if (isolate && needsIsolation(String(c))) el.append(isolated(String(c)));
    else el.append(document.createTextNode(String(c)));
  }
  return el;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Elements whose content is plain text (a <bdi> inside would be dropped or shown as text). */
const PLAIN_TEXT_ONLY = new Set(['bdi', 'option', 'textarea', 'title', 'script', 'style']);
/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…, their presentation forms and the
 * supplementary RTL scripts) and the bidi controls: marks, embeddings, overrides and isolates.
 */
const BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * True for text that can reorder its neighbours: a right-to-left override in a story's outlet once
 * reversed the rest of its result line, the page's own "original" link included. The page's own
 * words are English and never match, so only story- and user-supplied text is isolated.
 */
export function needsIsolation(text) {
  return BIDI.test(text);
}

/**
 * Text in a <bdi>: its direction comes from its own first strong letter and nothing in it (an
 * unclosed override included) reaches the text around it.
 */
function isolated(text) {
  const bdi = document.createElement('bdi');
  bdi.textContent = text;
  return bdi;
}

export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Lists `parts` with a separator element between them, skipping empty ones. */
export function joined(parts, sep = ' · ') {
  const out = [];
  for (const p of parts.filter((x) => x != null && x !== '' && x !== false)) {
    if (out.length) out.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, sep));
    out.push(p);
  }
  return out;
}
