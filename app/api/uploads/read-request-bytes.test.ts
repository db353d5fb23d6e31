import { describe, expect, it } from 'vitest';
import { readRequestBytes } from './read-request-bytes';

function streamOf(chunks: number[][], onCancel?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk) controller.enqueue(Uint8Array.from(chunk));
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('readRequestBytes', () => {
  it('joins the chunks of a body within the limit', async () => {
    expect(await readRequestBytes(streamOf([[1, 2], [3], [4, 5]]), 5)).toEqual({ ok: true, bytes: Uint8Array.from([1, 2, 3, 4, 5]) });
  });

  it('reads a missing body as empty', async () => {
    expect(await readRequestBytes(null, 5)).toEqual({ ok: true, bytes: new Uint8Array() });
  });

  it('stops reading and cancels the stream one byte past the limit', async () => {
    let cancelled = false;
    let pulled = 0;
    const stream = streamOf([[1, 2, 3], [4, 5, 6], [7, 8, 9]], () => {
      cancelled = true;
    });
    const counted = stream.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled++;
          controller.enqueue(chunk);
        },
      }),
    );
    expect(await readRequestBytes(counted, 5)).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled).toBeLessThan(3);
    expect(cancelled).toBe(true);
  });
});
