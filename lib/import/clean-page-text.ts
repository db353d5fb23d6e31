// The character-level cleaning every piece of imported text goes through, before any line rule
// sees it: UTF-8-read-as-GBK repair, pinyin stripping, GBK-misalignment repair (which can expose
// pinyin inserted inside a garbled pair), pinyin stripping again.
import { repairMojibake, type MojibakeRepair } from './repair-mojibake';
import { repairUtf8ReadAsGbk } from './repair-utf8-read-as-gbk';
import { stripPinyin } from './strip-pinyin';

// How much repair work one file may take: each garbled passage costs dozens of word-frequency
// scorings, and a pathological file can hold hundreds of thousands.
export interface RepairBudget {
  segments: number; // UTF-8-read-as-GBK stretches
  spans: number; // GBK-misaligned spans
}

export const createRepairBudget = (): RepairBudget => ({ segments: 3000, spans: 600 });

export interface CleanedPageText {
  text: string;
  pinyinStripped: number;
  skippedRepairs: number; // garbled passages left untried because the budget ran out
  // UTF-8-read-as-GBK repairs (offsets into the text given) then misalignment repairs (offsets
  // into the text after UTF-8 repair and the first pinyin strip).
  repairs: MojibakeRepair[];
}

export function cleanPageText(text: string, budget: RepairBudget = createRepairBudget()): CleanedPageText {
  const utf8 = repairUtf8ReadAsGbk(text, budget);
  const stripped = stripPinyin(utf8.text);
  const repaired = repairMojibake(stripped.text, budget);
  const restripped = stripPinyin(repaired.text);
  return {
    text: restripped.text,
    pinyinStripped: stripped.count + restripped.count,
    repairs: [...utf8.repairs, ...repaired.repairs],
    skippedRepairs: utf8.skipped + repaired.skipped,
  };
}
