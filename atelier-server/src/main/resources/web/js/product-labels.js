// Product id → its label in the page language, from the catalogue (GET /api/products, once per
// page), for the pages that list orders, jobs and models by product: a product no longer in the
// catalogue (or before the list arrives) shows its id.
import { api } from '/js/http.js';
import { label } from '/js/i18n.js';

let products = new Map();
let loading = null;

/** Loads the catalogue's product labels (once; later calls wait for the same request). */
export function loadProductLabels() {
  loading ??= api('GET', '/api/products').then((r) => {
    if (r.ok) products = new Map(r.body.products.map((p) => [p.id, p.label]));
  });
  return loading;
}

/** The label of product {@code id} in the page language, or the id. */
export function productLabel(id) {
  return products.has(id) ? label(products.get(id), id) : id;
}
