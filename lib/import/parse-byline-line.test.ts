import { describe, expect, it } from 'vitest';
import { parseBylineLine } from './parse-byline-line';

describe('parseBylineLine', () => {
  it.each([
    ['本报记者 赵磊 钱程', { byline: '赵磊、钱程', place: null }],
    ['記者 林佳蓉', { byline: '林佳蓉', place: null }],
    ['記者林佳蓉／宜蘭報導 2024/07/24 21:40', { byline: '林佳蓉', place: '宜蘭' }],
    ['〔記者王小明、陳大文／台北報導〕', { byline: '王小明、陳大文', place: '台北' }],
    ['作者：张三', { byline: '张三', place: null }],
    ['记者 阿卜杜拉·买买提', { byline: '阿卜杜拉·买买提', place: null }],
  ])('reads %s', (line, expected) => {
    expect(parseBylineLine(line)).toEqual(expected);
  });

  it.each(['责任编辑：王芳', '（責任編輯：陳怡君）', '编辑 张三', '记者从街道办了解到，目前该小区已完成意见征集。', '作者简介'])('finds no byline in %s', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});
