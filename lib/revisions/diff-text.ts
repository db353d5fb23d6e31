import type { DiffSegment } from './article-diff';
import { diffSequences } from './diff-sequences';

// Past these sizes a block is shown as replaced wholesale: the character diff's cost grows with
// length times the number of edits, and a rewrite that large reads better as old and new anyway.
const maxCharacters = 4000;
const maxEdits = 1000;

type Chunk = { same: string } | { removed: string; added: string };

function toChunks(before: string[], after: string[]): Chunk[] {
  const tooLong = before.length > maxCharacters || after.length > maxCharacters;
  const edits = tooLong
    ? [...before.map((value) => ({ kind: 'removed' as const, value })), ...after.map((value) => ({ kind: 'added' as const, value }))]
    : diffSequences(before, after, maxEdits);
  const chunks: Chunk[] = [];
  for (const edit of edits) {
    const last = chunks.at(-1);
    if (edit.kind === 'same') {
      if (last && 'same' in last) last.same += edit.value;
      else chunks.push({ same: edit.value });
    } else {
      const change = last && !('same' in last) ? last : { removed: '', added: '' };
      if (change !== last) chunks.push(change);
      change[edit.kind] += edit.value;
    }
  }
  return chunks;
}

const changeLength = (chunk: { removed: string; added: string }) => Math.max(chunk.removed.length, chunk.added.length);

// Chinese text shares many single characters (的, 了, 在) by chance: a one- or two-character
// match between two edits is folded into them, so a rewritten phrase reads as one replacement.
function foldCoincidences(chunks: Chunk[]): Chunk[] {
  const result: Chunk[] = [];
  for (let index = 0; index < chunks.length; index += 1) {
    const chunk = chunks[index] as Chunk;
    const previous = result.at(-1);
    const next = chunks[index + 1];
    if ('same' in chunk && previous && !('same' in previous) && next && !('same' in next)) {
      const length = chunk.same.length;
      if (length <= 2 && length * 2 <= changeLength(previous) + changeLength(next)) {
        previous.removed += chunk.same + next.removed;
        previous.added += chunk.same + next.added;
        index += 1;
        continue;
      }
    }
    result.push({ ...chunk });
  }
  return result;
}

/** Character-level differences between two texts (characters, not words: Chinese has no spaces). */
export function diffText(before: string, after: string): DiffSegment[] {
  const chunks = foldCoincidences(toChunks(Array.from(before), Array.from(after)));
  const segments: DiffSegment[] = [];
  for (const chunk of chunks) {
    if ('same' in chunk) {
      segments.push({ kind: 'same', text: chunk.same });
      continue;
    }
    if (chunk.removed) segments.push({ kind: 'removed', text: chunk.removed });
    if (chunk.added) segments.push({ kind: 'added', text: chunk.added });
  }
  return segments;
}
