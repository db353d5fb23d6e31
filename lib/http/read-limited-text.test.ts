import { describe, expect, it } from 'vitest';
import { readLimitedText } from './read-limited-text';

function streamOf(...parts: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });
}

describe('readLimitedText', () => {
  it('reads a body within the limit, across chunks and multi-byte characters', async () => {
    expect(await readLimitedText(streamOf('{"token":', '"编辑"}'), 64)).toBe('{"token":"编辑"}');
  });

  it('gives null as soon as the body passes the limit', async () => {
    expect(await readLimitedText(streamOf('x'.repeat(10), 'y'.repeat(10)), 15)).toBeNull();
  });

  it('reads a missing body as empty', async () => {
    expect(await readLimitedText(null, 10)).toBe('');
  });
});
