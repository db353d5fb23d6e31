'use client';

import { useEffect, useRef } from 'react';
import { useSelection } from './selection-context';

export function SelectAllReady({ label }: { label: string }) {
  const { selected, selectable, setAll } = useSelection();
  const box = useRef<HTMLInputElement>(null);
  const isAll = selectable > 0 && selected === selectable;
  useEffect(() => {
    if (box.current) box.current.indeterminate = selected > 0 && !isAll;
  }, [selected, isAll]);
  return (
    <input ref={box} type="checkbox" aria-label={label} checked={isAll} disabled={selectable === 0} onChange={(event) => setAll(event.target.checked)} />
  );
}
