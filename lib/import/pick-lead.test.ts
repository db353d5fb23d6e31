import { describe, expect, it } from 'vitest';
import { pickLead } from './pick-lead';

describe('pickLead', () => {
  it.each([
    [['各区知识产权管理部门，各有关单位：', '为深入实施专利转化运用专项行动，现通知如下。'], '为深入实施专利转化运用专项行动，现通知如下。'],
    [['首段。', '次段。'], '首段。'],
    [['通知如下：'], '通知如下：'],
    [[], undefined],
  ])('picks from %j', (paragraphs, expected) => {
    expect(pickLead(paragraphs)).toBe(expected);
  });
});
