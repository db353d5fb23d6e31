import { describe, expect, it } from 'vitest';
import { arrangeTopics, type TopicNode, type TopicRow } from './arrange-topics';

const row = (id: string, publishedCount: number, parent?: { id: string; name: string }, featured = false): TopicRow => ({
  id, name: id, slug: `s-${id}`, featured, publishedCount,
  parentId: parent?.id ?? null, parentName: parent?.name ?? null, parentSlug: parent ? `s-${parent.id}` : null,
});
const outline = (nodes: TopicNode[]): unknown[] => nodes.map((node) => (node.children.length ? [`${node.name}:${node.publishedCount}`, outline(node.children)] : `${node.name}:${node.publishedCount}`));

describe('arrangeTopics', () => {
  it('nests children under parents, most articles first at every level, whatever the row order', () => {
    const rows = [
      row('专利', 5, { id: '知识产权', name: '知识产权' }),
      row('湖北', 7),
      row('知识产权', 3),
      row('商标', 9, { id: '知识产权', name: '知识产权' }),
      row('武汉', 2, { id: '湖北', name: '湖北' }),
      row('发明', 1, { id: '专利', name: '专利' }),
    ];
    expect(outline(arrangeTopics(rows).tree)).toEqual([
      ['湖北:7', ['武汉:2']],
      ['知识产权:3', ['商标:9', ['专利:5', ['发明:1']]]],
    ]);
  });

  it('shows a child whose parent has no articles under a stand-in for the parent, weighted by its children', () => {
    const rows = [row('城市', 4), row('黄石', 3, { id: '地区', name: '地区' }), row('宜昌', 6, { id: '地区', name: '地区' })];
    const { tree } = arrangeTopics(rows);
    expect(outline(tree)).toEqual([['地区:null', ['宜昌:6', '黄石:3']], '城市:4']);
    expect(tree[0]?.slug).toBe('s-地区');
  });

  it('lists featured topics on their own, most articles first', () => {
    const rows = [row('甲', 1, undefined, true), row('乙', 8), row('丙', 5, { id: '乙', name: '乙' }, true)];
    expect(outline(arrangeTopics(rows).featured)).toEqual(['丙:5', '甲:1']);
  });

  it('is empty without topics', () => {
    expect(arrangeTopics([])).toEqual({ featured: [], tree: [] });
  });
});
