// Where the sign-in and sign-up pages go afterwards: the page named by ?next=, but only on this
// origin. `next` is resolved as a URL against this origin (so "/\evil.example", "/%09/evil.example",
// "//evil.example", "javascript:..." all resolve elsewhere and are refused) and the absolute,
// same-origin URL is used, never the raw text: a path such as "/.//evil.example" must not become a
// protocol-relative link. Path, query and hash are kept.

/** The raw ?next= of this page, or null. */
export function nextParam() {
  return new URLSearchParams(window.location.search).get('next');
}

/** The absolute same-origin URL {@code raw} names, or null when it names none. */
export function sameOrigin(raw) {
  if (typeof raw !== 'string' || raw === '') return null;
  let url;
  try {
    url = new URL(raw, window.location.origin);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/** Where to go next: this page's ?next= when it is on this origin, else {@code fallback}. */
export function safeNext(fallback = '/account/profile.html') {
  return sameOrigin(nextParam()) ?? new URL(fallback, window.location.origin).href;
}

/** Makes the link {@code id} (to the other account page) keep this page's ?next=, if safe. */
export function carryNext(id) {
  const link = document.getElementById(id);
  const target = sameOrigin(nextParam());
  if (!link || !target) return;
  const url = new URL(link.getAttribute('href'), window.location.origin);
  url.searchParams.set('next', target.slice(window.location.origin.length));
  link.setAttribute('href', url.pathname + url.search);
}

// Every way to sign in or up comes back to the page it was taken from (the configurator keeps
// the design as a draft, so the shopper finds it again).

const ACCOUNT_PAGES = ['/account/signin.html', '/account/signup.html'];

/** The page to come back to (a same-origin path): this page, or on the account pages their next. */
export function comeBackTo() {
  if (ACCOUNT_PAGES.includes(window.location.pathname)) {
    const target = sameOrigin(nextParam());
    return target ? target.slice(window.location.origin.length) : null;
  }
  return window.location.pathname + window.location.search + window.location.hash;
}

/** {@code path} (the sign-in or sign-up page) with ?next= coming back here, when there is a way back. */
export function withNext(path) {
  const next = comeBackTo();
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
