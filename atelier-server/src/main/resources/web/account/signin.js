import { api, session } from '/js/http.js';
import { say } from '/js/dom.js';
import { carryNext, safeNext } from './next.js';
import { homeFor } from './roles.js';

carryNext('signup-link');

document.getElementById('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const result = await api('POST', '/api/session',
    { email: form.get('email'), password: form.get('password') });
  if (!result.ok) {
    say('message', result.error.message, true);
    return;
  }
  const signedIn = await session(true);
  // Without a ?next=, each role lands where its work is: staff on the floor, managers on analytics.
  window.location.assign(safeNext(homeFor(signedIn.account?.role)));
});

// The button works once the form is handled here (the page ships it disabled: a submit before
// this script would be the browser's own, with the credentials in a request of their own).
document.querySelector('#signin button[type=submit]').disabled = false;
