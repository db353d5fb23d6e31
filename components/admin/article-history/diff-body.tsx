'use client';

import { useTranslations } from 'next-intl';
import type { DiffBlock } from '@/lib/revisions/diff-article-versions';
import { DiffSegmentText } from './diff-segment-text';

type Row = { type: 'block'; block: DiffBlock; index: number } | { type: 'collapsed'; blocks: DiffBlock[]; index: number };

// Unchanged blocks stay visible next to a change (one on each side, for context); longer runs
// of them fold into a disclosure that can still be opened.
function toRows(blocks: DiffBlock[]): Row[] {
  const rows: Row[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] as DiffBlock;
    if (block.kind !== 'same') {
      rows.push({ type: 'block', block, index });
      index += 1;
      continue;
    }
    let end = index;
    while (end < blocks.length && blocks[end]?.kind === 'same') end += 1;
    const keepBefore = index > 0 ? 1 : 0;
    const keepAfter = end < blocks.length ? 1 : 0;
    if (end - index - keepBefore - keepAfter < 2) {
      for (let at = index; at < end; at += 1) rows.push({ type: 'block', block: blocks[at] as DiffBlock, index: at });
    } else {
      if (keepBefore) rows.push({ type: 'block', block, index });
      rows.push({ type: 'collapsed', blocks: blocks.slice(index + keepBefore, end - keepAfter), index: index + keepBefore });
      if (keepAfter) rows.push({ type: 'block', block: blocks[end - 1] as DiffBlock, index: end - 1 });
    }
    index = end;
  }
  return rows;
}

function BlockRow({ block }: { block: DiffBlock }) {
  const t = useTranslations('history.diff');
  return (
    <div className={`diff-block diff-block-${block.kind}`}>
      {block.kind === 'same' ? null : (
        <span className="diff-block-label">{t(`block.${block.kind}`)}</span>
      )}
      <p className="diff-block-text">
        {block.segments.map((segment, index) => <DiffSegmentText key={index} segment={segment} />)}
      </p>
    </div>
  );
}

export function DiffBody({ blocks }: { blocks: DiffBlock[] }) {
  const t = useTranslations('history.diff');
  return (
    <div className="diff-body">
      {toRows(blocks).map((row) =>
        row.type === 'block' ? (
          <BlockRow key={row.index} block={row.block} />
        ) : (
          <details key={row.index} className="diff-unchanged">
            <summary>{t('unchangedBlocks', { count: row.blocks.length })}</summary>
            {row.blocks.map((block, offset) => <BlockRow key={row.index + offset} block={block} />)}
          </details>
        ),
      )}
    </div>
  );
}
