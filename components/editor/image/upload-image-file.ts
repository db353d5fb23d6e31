export type UploadImageError = 'unsupportedType' | 'tooLarge' | 'forbidden' | 'failed';

export type UploadImageResult = { ok: true; src: string; width: number; height: number } | { ok: false; error: UploadImageError };

function errorFor(status: number): UploadImageError {
  if (status === 415) return 'unsupportedType';
  if (status === 413) return 'tooLarge';
  if (status === 401 || status === 403) return 'forbidden';
  return 'failed';
}

function parseAnswer(text: string): UploadImageResult {
  try {
    const answer = JSON.parse(text) as { src?: unknown; width?: unknown; height?: unknown };
    if (typeof answer.src === 'string' && typeof answer.width === 'number' && typeof answer.height === 'number') {
      return { ok: true, src: answer.src, width: answer.width, height: answer.height };
    }
  } catch {
    // fall through: not the answer the upload route gives
  }
  return { ok: false, error: 'failed' };
}

/**
 * Sends one image to POST /api/uploads/images (the server checks what it really is). XHR rather
 * than fetch, because only XHR reports upload progress.
 */
export function uploadImageFile(file: File, onProgress: (fraction: number) => void): Promise<UploadImageResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/uploads/images');
    request.setRequestHeader('x-file-name', encodeURIComponent(file.name || 'image'));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve(request.status === 200 ? parseAnswer(request.responseText) : { ok: false, error: errorFor(request.status) });
    request.onerror = () => resolve({ ok: false, error: 'failed' });
    request.onabort = () => resolve({ ok: false, error: 'failed' });
    request.send(file);
  });
}
