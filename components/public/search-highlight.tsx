import type { TextSegment } from '@/lib/search/highlight-segments';
import { convertTextForVariant, type TextScript } from '@/lib/variants/convert-text-for-variant';
import type { SiteVariant } from '@/lib/variants/site-variant';

/** Text segments as the reader's variant shows them, the query's words in `<mark>`. */
export function SearchHighlight({ segments, script, variant }: { segments: TextSegment[]; script: TextScript; variant: SiteVariant }) {
  return segments.map((segment, at) => {
    const text = convertTextForVariant(segment.text, script, variant);
    return segment.match ? <mark key={at}>{text}</mark> : text;
  });
}
