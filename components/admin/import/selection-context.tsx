'use client';

import { createContext, useContext } from 'react';

export interface Selection {
  selected: number;
  selectable: number;
  setAll: (checked: boolean) => void;
}

export const SelectionContext = createContext<Selection>({ selected: 0, selectable: 0, setAll: () => {} });

export function useSelection(): Selection {
  return useContext(SelectionContext);
}
