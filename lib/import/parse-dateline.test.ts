import { describe, expect, it } from 'vitest';
import { parseDateline } from './parse-dateline';

describe('parseDateline', () => {
  it.each([
    [
      '中國消費者報武漢訊(記者吳采平)7月31日,記者從湖北省獲悉',
      { prefix: '中國消費者報武漢訊(記者吳采平)7月31日,', sourceName: '中國消費者報', place: '武漢', byline: '吳采平', dateText: '7月31日' },
    ],
    [
      '新华社北京2024年7月31日电（记者 张三 李四）国务院常务会议',
      { prefix: '新华社北京2024年7月31日电（记者 张三 李四）', sourceName: '新华社', place: '北京', byline: '张三、李四', dateText: '2024年7月31日' },
    ],
    [
      '本報訊(記者王五 通訊員趙六)近日,',
      { prefix: '本報訊(記者王五 通訊員趙六)', sourceName: null, place: null, byline: '王五、趙六', dateText: null },
    ],
    [
      '中央日報台北訊(記者王小明)105年7月1日,行政院會',
      { prefix: '中央日報台北訊(記者王小明)105年7月1日,', sourceName: '中央日報', place: '台北', byline: '王小明', dateText: '105年7月1日' },
    ],
    [
      '人民日報北京訊(責任編輯:錢七)據介紹',
      { prefix: '人民日報北京訊(責任編輯:錢七)', sourceName: '人民日報', place: '北京', byline: null, dateText: null },
    ],
  ])('parses %s', (lead, expected) => {
    expect(parseDateline(lead)).toEqual(expected);
  });

  it.each([
    '2020年,湖北省全年專利授權總量增長48.91%',
    '武漢市市場監管局(武漢市知識產權局)相關負責人介紹,',
    '“此外,我們深入開展知識產權保護體系建設。”',
  ])('finds no dateline in %s', (lead) => {
    expect(parseDateline(lead)).toBeNull();
  });
});
