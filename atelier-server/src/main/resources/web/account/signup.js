import { api, session } from '/js/http.js';
import { say } from '/js/dom.js';
import { t } from '/js/i18n.js';
import { carryNext, safeNext } from './next.js';

carryNext('signin-link');

document.getElementById('signup').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const credentials = { email: form.get('email'), password: form.get('password') };
  const created = await api('POST', '/api/accounts', credentials);
  if (!created.ok) {
    say('message', created.error.message, true);
    return;
  }
  // The sign-up answer is the same for new and taken emails; signing in tells the user.
  const signedIn = await api('POST', '/api/session', credentials);
  if (!signedIn.ok) {
    say('message', t('signup.signInFailed'), true);
    return;
  }
  await session(true);
  window.location.assign(safeNext());
});

// The button works once the form is handled here (the page ships it disabled: a submit before
// this script would be the browser's own, with the credentials in a request of their own).
document.querySelector('#signup button[type=submit]').disabled = false;
