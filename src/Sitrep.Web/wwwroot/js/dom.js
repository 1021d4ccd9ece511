// Builds elements from plain values. Strings always become text nodes: nothing here parses HTML,
// so report text and titles can never become markup or script.

/** el('td', { className: 'x', title: 't' }, 'text', childNode, ...) */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A sentence with [start, end) wrapped in <mark>, all as text. */
export function marked(sentence, start, end) {
  const s = Math.max(0, Math.min(start, sentence.length));
  const e = Math.max(s, Math.min(end, sentence.length));
  return el('div', { className: 'sentence' }, sentence.slice(0, s), el('mark', {}, sentence.slice(s, e)), sentence.slice(e));
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      const a = el('a', { target: '_blank', rel: 'noopener noreferrer' }, text);
      a.href = u.href;
      return a;
    }
  } catch { /* not an address */ }
  return document.createTextNode(text);
}
