// Tiny DOM helpers: h() builds an element from a tag, attributes and children; say() shows a
// message; fillTable() fills a table body.

/**
 * h('button', {class: 'primary', onclick: fn, 'aria-label': 'Undo'}, 'Undo')
 * Attribute values: functions for on* become listeners, false/null/undefined are left out,
 * true sets a boolean attribute, 'text' sets textContent, 'style' sets the inline style through the
 * CSSOM (the content security policy refuses style attributes).
 */
export function h(tag, attributes = {}, ...children) {
  const svg = tag.startsWith('svg:');
  const element = svg
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'text') {
      element.textContent = value;
    } else if (name === 'style') {
      // Through the CSSOM: the content security policy refuses style attributes.
      element.style.cssText = String(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of an element. */
export function replaceChildren(element, ...children) {
  element.textContent = '';
  append(element, children);
}

/** Sets or removes an attribute. */
export function toggleAttribute(element, name, on, value = '') {
  if (on) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

/** A string usable in an id attribute. */
export function idPart(text) {
  return String(text).replace(/[^A-Za-z0-9_-]/g, (c) => '_' + c.charCodeAt(0).toString(16));
}

/** Shows {@code text} in the element {@code id} (as text, never as HTML), marked as an error or not. */
export function say(id, text, isError = false) {
  const element = document.getElementById(id);
  element.textContent = text;
  element.className = isError ? 'message error' : 'message';
}

/** Fills a table body with one row of text cells per entry (numbers right-aligned by class). */
export function fillTable(tbody, rows) {
  tbody.replaceChildren(
    ...rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', { class: typeof cell === 'number' ? 'number' : null }, cell ?? '')))),
  );
}
