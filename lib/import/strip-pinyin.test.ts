import { describe, expect, it } from 'vitest';
import { stripPinyin } from './strip-pinyin';

describe('stripPinyin', () => {
  it.each([
    ['中國(guó)消費(fèi)者報(bào)', '中國消費者報', 3],
    ['同比增長(zhǎng)16.04%', '同比增長16.04%', 1],
    ['市場(chǎng)', '市場', 1],
    ['綠(lǜ)色', '綠色', 1],
    ['經（jīng）濟', '經濟', 1],
    ['25個(gè)城市(地區(qū))開展', '25個城市(地區)開展', 2],
    ['(武漢市知識(shí)產(chǎn)權(quán)局)', '(武漢市知識產權局)', 3],
    ['国(guó)家', '国家', 1],
    ['ne\u0301: 國(gu\u00f3)', 'ne\u0301: 國', 1],
    ['mojibake: 之一?,F(xiàn)場', 'mojibake: 之一?,F場', 1],
    ['mojibake: 宵S(xiàn)', 'mojibake: 宵S', 1],
  ])('strips %s', (input, output, count) => {
    expect(stripPinyin(input)).toEqual({ text: output, count });
  });

  it.each([
    ['a reporter credit', '武漢訊(記者吳采平)7月31日'],
    ['a bracketed place', '中國(武漢)知識產權保護中心'],
    ['an acronym', '世界衛生組織(WHO)表示'],
    ['a list label', '符合以下條件(a)'],
    ['a toneless word that is no reading', '見附件(an)'],
    ['a toneless reading', '學生們(men)'],
    ['a toned syllable that is not a reading of the character', '國(zhǎng)家'],
    ['an invalid syllable', '北京(Běijīng)'],
    ['two tone marks', '國(guóó)'],
    ['a Latin word after a digit', '第3(dì)'],
    ['a year in brackets', '公司(2020)'],
    ['unbracketed leftovers', '當?shù)亟?jīng)濟'],
    ['a Latin word before a toned syllable', 'Figure A(ā)'],
    ['a stray letter before a toneless word', '之一?,F(an)'],
  ])('keeps %s', (_case, input) => {
    expect(stripPinyin(input)).toEqual({ text: input, count: 0 });
  });
});
