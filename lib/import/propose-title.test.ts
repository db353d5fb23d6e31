import { describe, expect, it } from 'vitest';
import { proposeTitle } from './propose-title';

describe('proposeTitle', () => {
  it.each([
    [
      'the clause after a reporting frame',
      '記者從湖北省武漢市市場監管局(武漢市知識產權局)獲悉,武漢市全面啟動國家知識產權保護示范區建設,力爭經過2年努力。',
      '武漢市全面啟動國家知識產權保護示范區建設',
    ],
    ['a first clause that states the news', '湖北省專利授權總量增長48.91%,達到11萬件。', '湖北省專利授權總量增長48.91%'],
    ['a date clause skipped', '7月31日,武漢市啟動示范區建設。', '武漢市啟動示范區建設'],
    ['a short clause joined with the next', '2020年,湖北省專利授權總量增長48.91%。', '2020年,湖北省專利授權總量增長48.91%'],
    [
      'a long clause cut at a late space',
      '保護知識產權激發創新活力校地共建浙江紹興 知識產權人才培養基地正式揭牌運行,共辦理案件。',
      '保護知識產權激發創新活力校地共建浙江紹興',
    ],
    [
      'a long clause whose only break comes too early',
      '武漢、宜昌、孝感、荊州、隨州積極開展省級專利侵權糾紛行政裁決示范建設工作,共辦理案件。',
      '武漢、宜昌、孝感、荊州、隨州積極開展省級專利侵權糾紛行政裁…',
    ],
    [
      'a long clause with no break',
      '湖北省知識產權局啟動了為期三年的品牌提升行動有效地促進了制造業農業服務業品牌提升。',
      '湖北省知識產權局啟動了為期三年的品牌提升行動有效地促進了制…',
    ],
  ])('proposes from %s', (_case, lead, title) => {
    expect(proposeTitle(lead)).toBe(title);
  });

  it('returns null when only framing is left', () => {
    expect(proposeTitle('據介紹,')).toBeNull();
  });
});
