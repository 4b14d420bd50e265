// A tiny element builder. Children that are strings become text nodes, so nothing built here
// is ever parsed as HTML; `style` is refused because the page runs under a CSP without
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
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
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
