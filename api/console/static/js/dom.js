// Tiny DOM helpers. Text always goes in as text nodes, never as HTML, so
// data from the API cannot inject markup.

/**
 * h creates an element: h('a', {href: '/x', class: 'btn', onclick: fn}, 'text', child, ...).
 * Attributes: class, text, html is not supported on purpose; on<event> take functions;
 * true/false toggle boolean attributes; null/undefined are skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') {
        el.addEventListener(k.slice(2).toLowerCase(), v);
      } else if (k === 'class') {
        el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
      } else if (k === 'dataset') {
        Object.assign(el.dataset, v);
      } else if (k === 'value' && (tag === 'input' || tag === 'textarea' || tag === 'select')) {
        el.value = v;
      } else if (k === 'checked' || k === 'selected') {
        el[k] = Boolean(v);
        if (v) el.setAttribute(k, '');
      } else if (v === true) {
        el.setAttribute(k, '');
      } else {
        el.setAttribute(k, String(v));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** clear removes every child of el. */
export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

let uid = 0;
/** id returns a document-unique id with a readable prefix. */
export function id(prefix) {
  uid += 1;
  return `${(prefix || 'el').replace(/[^A-Za-z0-9_-]/g, '-')}-${uid}`;
}

/** announce tells screen readers about a change (the polite live region). */
export function announce(text) {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  setTimeout(() => {
    live.textContent = text;
  }, 30);
}
