import { api, session, say, problemText } from './api.js';

document.getElementById('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const result = await api('POST', '/api/session',
    { email: form.get('email'), password: form.get('password') });
  if (!result.ok) {
    say('message', problemText(result), true);
    return;
  }
  await session(true);
  const next = new URLSearchParams(window.location.search).get('next');
  window.location.assign(next && next.startsWith('/') && !next.startsWith('//') ? next : '/account/profile.html');
});
