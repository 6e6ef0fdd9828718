// Uploading the shopper's image for one print area: a labelled file input and the area's drawing
// as a drop zone; the file goes to POST /api/uploads as it is, and a refusal shows the server's
// reason (the problem's detail: what is wrong with the file). Too many uploads (429) and a busy
// server (503) are not the file's fault: they say so and when to try again.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, postFile } from '../http.js';

const TYPES = 'image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg';

/**
 * The upload controls of area: {element}; dropZone takes dropped files; busy(work) runs the upload
 * as one of the page's actions; uploaded(answer) places the server's answer and resolves to
 * {placed, reason} (a refused placement is shown as this upload's error).
 */
export function createUpload(area, name, dropZone, busy, uploaded) {
  const id = `upload-${area.id}`;
  const error = h('p', { class: 'field-error upload-error', id: `${id}-error`, role: 'alert' });
  const status = h('p', { class: 'field-hint', id: `${id}-status`, role: 'status' });
  const input = h('input', { type: 'file', id, accept: TYPES, class: 'upload-input', 'aria-describedby': `${id}-hint ${id}-error` });

  async function send(file) {
    if (!file) return;
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    status.textContent = t('surface.uploading', { file: file.name });
    try {
      const answer = await postFile('/api/uploads', file);
      const outcome = await uploaded(answer);
      if (outcome?.placed === false) {
        status.textContent = '';
        error.textContent = t('surface.notPlaced', { file: file.name, reason: outcome.reason });
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      status.textContent = t('surface.uploaded', { file: file.name, width: answer.widthPx, height: answer.heightPx });
    } catch (e) {
      status.textContent = '';
      error.textContent = refusal(e, file.name);
      input.setAttribute('aria-invalid', 'true');
    } finally {
      input.value = '';
    }
  }

  function refusal(e, file) {
    if (!(e instanceof ApiError)) return t('surface.refused', { file, reason: e.message });
    if (e.status === 429) return t('surface.tooManyUploads', { file, seconds: e.retryAfter ?? 60 });
    if (e.status === 503) return t('surface.uploadBusy', { file });
    return t('surface.refused', { file, reason: e.problem.detail || e.message });
  }

  input.addEventListener('change', () => busy(() => send(input.files[0])));
  dropZone.addEventListener('dragover', (e) => {
    e.preventDefault();
    dropZone.classList.add('dropping');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dropping'));
  dropZone.addEventListener('drop', (e) => {
    e.preventDefault();
    dropZone.classList.remove('dropping');
    const file = e.dataTransfer?.files?.[0];
    busy(() => send(file));
  });
  const element = h(
    'div',
    { class: 'surface-upload' },
    h('label', { class: 'field-label', for: id }, t('surface.upload', { area: name })),
    input,
    // The browser's own file button speaks the browser's language ("Choose File", "No file
    // chosen" on a German page): the page's button, in the page's, opens the same picker.
    h('label', { class: 'button secondary upload-button', for: id, id: `${id}-button`, 'aria-hidden': 'true' }, t('surface.choose')),
    h('p', { class: 'field-hint', id: `${id}-hint`, text: t('surface.uploadHint') }),
    status,
    error,
  );
  return { element };
}
