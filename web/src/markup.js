// The server's highlighted fields (title_hl, snippets) are HTML-escaped text with only
// <mark>…</mark> inserted. Rather than trusting innerHTML, they are split on the two mark tags
// and every other piece becomes a text node after decoding entities: any other markup that
// might slip through shows up as literal characters instead of running.

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function codePoint(n) {
  const valid = Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
  return valid ? String.fromCodePoint(n) : '\ufffd';
}

/** Decodes the character references an HTML escaper produces; unknown names stay as written. */
export function decodeEntities(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref) => {
    if (ref[0] !== '#') return Object.hasOwn(NAMED, ref) ? NAMED[ref] : whole;
    const hex = ref[1] === 'x' || ref[1] === 'X';
    return codePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** `a <mark>b</mark> &amp; c` → `[{text:'a ',mark:false},{text:'b',mark:true},{text:' & c',mark:false}]`. */
export function parseHighlighted(html) {
  const segments = [];
  let inMark = false;
  for (const part of String(html ?? '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part !== '') {
      const text = decodeEntities(part);
      const last = segments[segments.length - 1];
      if (last && last.mark === inMark) last.text += text;
      else segments.push({ text, mark: inMark });
    }
  }
  return segments;
}

/** A fragment of text nodes and MARK elements for a highlighted field. */
export function highlightedFragment(html) {
  const frag = document.createDocumentFragment();
  for (const { text, mark } of parseHighlighted(html)) {
    if (mark) {
      const m = document.createElement('mark');
      m.textContent = text;
      frag.append(m);
    } else {
      frag.append(document.createTextNode(text));
    }
  }
  return frag;
}
