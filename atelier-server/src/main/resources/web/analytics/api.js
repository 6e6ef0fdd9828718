// Shared helpers of the analytics and inbox pages: JSON requests answered as problems on failure.

/** GET a JSON document; throws an Error carrying the problem's detail on failure. */
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const why = body.detail || body.title || response.statusText;
    throw new Error(`${response.status}: ${why}`);
  }
  return body;
}

/** The text of a localized label map in the page's language, falling back to English. */
export function label(texts, fallback) {
  if (!texts) return fallback;
  const lang = (navigator.language || 'en').slice(0, 2);
  return texts[lang] || texts.en || Object.values(texts)[0] || fallback;
}

/** Clears an element and appends text cells as one table row per entry. */
export function fillTable(tbody, rows) {
  tbody.replaceChildren(
    ...rows.map((cells) => {
      const tr = document.createElement('tr');
      for (const cell of cells) {
        const td = document.createElement('td');
        td.textContent = cell === null || cell === undefined ? '' : String(cell);
        if (typeof cell === 'number') td.className = 'number';
        tr.append(td);
      }
      return tr;
    }),
  );
}
