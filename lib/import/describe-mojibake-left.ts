import { detectMojibake } from './detect-mojibake';
import { lostMarker } from './repair-mojibake';

// Warnings for what the repairs could not fix: suspected mojibake left in place, and places
// where characters were lost for good (marked 〔?〕). Each one makes the article need review.
export function describeMojibakeLeft(text: string, skippedRepairs = 0): string[] {
  const warnings: string[] = [];
  if (skippedRepairs > 0) {
    warnings.push(
      `The file holds more garbled text than one import repairs; ${skippedRepairs} garbled passage(s) were left as they are. An editor should check the text against the source.`,
    );
  }
  const excerpts = detectMojibake(text).map((span) => `“${span.excerpt}”`);
  if (excerpts.length > 0) {
    warnings.push(
      `Suspected mojibake (garbled characters) left in place at ${excerpts.length} place(s): ${excerpts.join(', ')}. An editor should correct these passages.`,
    );
  }
  const places: string[] = [];
  for (let index = text.indexOf(lostMarker); index !== -1; index = text.indexOf(lostMarker, index + 1)) {
    places.push(`“${text.slice(Math.max(0, index - 4), index + lostMarker.length + 4)}”`);
  }
  if (places.length > 0) {
    warnings.push(
      `Garbled bytes were repaired, but ${places.length} place(s) lost characters for good and are marked ${lostMarker}: ${places.join(', ')}. An editor should fill them in from the source.`,
    );
  }
  return warnings;
}
