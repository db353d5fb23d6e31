import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { convertToSimplified } from './convert-to-simplified';
import { simplifiedToTraditional, type TraditionalForm } from './simplified-to-traditional';

const samplesFolder = join(process.cwd(), 'content', 'samples');
// The sample articles, in Simplified, plus phrases where the regional tables differ.
const texts = [
  ...readdirSync(samplesFolder).map((name) => convertToSimplified(readFileSync(join(samplesFolder, name), 'utf8'))),
  '软件工程师在鼠标和内存之间，知识产权与信息安全，出租车司机说网络很快。',
  '兼容汉字\uF900与\uF907要先归一：車、龜，以及 English words and 123 数字。',
];

describe('simplifiedToTraditional', () => {
  it.each<TraditionalForm>(['twp', 'hk'])('converts exactly as opencc-js s2%s does', (form) => {
    const reference = Converter({ from: 'cn', to: form });
    for (const text of texts) expect(simplifiedToTraditional(text, form)).toBe(reference(text));
  });

  it('uses Taiwan phrases for twp and Hong Kong forms for hk', () => {
    expect(simplifiedToTraditional('软件', 'twp')).toBe('軟體');
    expect(simplifiedToTraditional('软件', 'hk')).toBe('軟件');
    expect(simplifiedToTraditional('知识产权', 'twp')).toBe('智慧財產權');
  });
});
