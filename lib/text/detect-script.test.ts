import { describe, expect, it } from 'vitest';
import { detectScript } from './detect-script';

describe('detectScript', () => {
  it.each([
    ['湖北省知識產權局發布第一批指導案例', 'HANT'],
    ['湖北省知识产权局发布第一批指导案例', 'HANS'],
    ['國家知識產權保護示范區', 'HANT'],
    ['中国(武汉)知识产权保护中心', 'HANS'],
    ['中國(武漢)知識產權保護中心', 'HANT'],
    ['Hello, world', 'HANS'],
    ['', 'HANS'],
  ])('%s -> %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
