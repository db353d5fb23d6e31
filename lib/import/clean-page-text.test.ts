import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanPageText } from './clean-page-text';

describe('cleanPageText', () => {
  it('strips pinyin and repairs both kinds of mojibake, logging each repair', () => {
    const garbled = iconv.decode(Buffer.from('国家知识产权局', 'utf8'), 'gbk');
    const result = cleanPageText(`${garbled}發(fā)布,煩請?zhí)峁┫嚓P信息。`);
    expect(result.text).toBe('国家知识产权局發布,煩請提供相關信息。');
    // 發(fā) counts; the phantom (zhí) belongs to the garbled span and goes with its repair.
    expect(result.pinyinStripped).toBe(1);
    expect(result.repairs.map(({ kind, after }) => [kind, after])).toEqual([
      ['utf8-read-as-gbk', '国家知识产权局'],
      ['gbk-misalignment', '提供相關'],
    ]);
  });

  it('leaves clean text as it is', () => {
    expect(cleanPageText('湖北省知識產權局局長彭泉表示。')).toEqual({ text: '湖北省知識產權局局長彭泉表示。', pinyinStripped: 0, repairs: [], skippedRepairs: 0 });
  });

  it('stops trying repairs once the budget is spent and says how many it skipped', () => {
    const garbled = iconv.decode(Buffer.from('国家知识产权局', 'utf8'), 'gbk');
    const budget = { segments: 1, spans: 1 };
    const result = cleanPageText(`${garbled}，${garbled}。之一?,F場,品牌之一?,F場`, budget);
    expect(result.repairs.map(({ kind }) => kind)).toEqual(['utf8-read-as-gbk', 'gbk-misalignment']);
    expect(result.skippedRepairs).toBe(2);
    expect(budget).toEqual({ segments: 0, spans: 0 });
  });
});
