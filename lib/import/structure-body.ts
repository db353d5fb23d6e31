import { isHeadingLine } from './is-heading-line';

export interface BodyBlock {
  kind: 'paragraph' | 'heading';
  text: string; // trimmed, never empty
}

const maxHeadingLength = 20;

// One block per non-empty line (dumps put one paragraph per line, indented with spaces or
// U+3000, which trim() removes). A short unpunctuated line between paragraphs is a subheading.
export function structureBody(lines: readonly string[]): BodyBlock[] {
  const texts = lines.map((line) => line.trim()).filter((text) => text !== '');
  return texts.map((text, index) => {
    const next = texts[index + 1];
    const isHeading =
      index > 0 &&
      next !== undefined &&
      isHeadingLine(text, maxHeadingLength) &&
      !isHeadingLine(next, maxHeadingLength);
    return { kind: isHeading ? 'heading' : 'paragraph', text };
  });
}
