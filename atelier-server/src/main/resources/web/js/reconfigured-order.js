// The order a saved design was opened from by "Reconfigure" (orders/common.js adds ?order=<id> to
// the saved design's link), so the page names the order rather than "Saved design <id>". The
// server answers an order only to its owner: for anyone else the page is a plain saved design.
import { api } from './http.js';

/** The caller's order named by the page's ?order=, or null. */
export async function reconfiguredOrder() {
  const id = new URLSearchParams(location.search).get('order');
  if (!id || !/^\d{1,18}$/.test(id)) return null;
  const r = await api('GET', `/api/orders/${id}`);
  return r.ok ? r.body : null;
}
