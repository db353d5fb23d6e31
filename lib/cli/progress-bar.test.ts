import { describe, expect, it } from 'vitest';
import { displayWidth, ProgressBar, renderProgressLine } from './progress-bar';

function terminal(isTTY = true) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (text: string) => writes.push(text) } };
}

describe('renderProgressLine', () => {
  it('shows the bar, done/total, percentage, rate and the current file', () => {
    expect(renderProgressLine({ done: 5, total: 20, current: 'samples/a.txt' }, 2000, 100)).toBe(
      '[#####---------------] 5/20 25% · 2.5 files/s · samples/a.txt',
    );
  });

  it('keeps the end of a long Chinese file name within the terminal width', () => {
    const line = renderProgressLine({ done: 1, total: 3, current: `新闻/${'很长的文件名'.repeat(20)}/第三篇.html` }, 1000, 80);
    expect(displayWidth(line)).toBeLessThanOrEqual(79);
    expect(line).toMatch(/· ….*第三篇\.html$/u);
  });

  it('leaves the name out when the terminal is too narrow for it', () => {
    expect(renderProgressLine({ done: 0, total: 0, current: 'a.txt' }, 0, 30)).toBe('[--------------------] 0/0 0% · 0.0 files/s');
  });
});

describe('ProgressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    expect(ProgressBar.create(terminal(false).stream)).toBeNull();
  });

  it('redraws at most every 100 ms and clears itself before output', () => {
    let now = 0;
    const { writes, stream } = terminal();
    const bar = ProgressBar.create(stream, () => now)!;
    bar.update({ done: 0, total: 3, current: 'a.txt' });
    bar.update({ done: 1, current: 'b.txt' });
    now = 150;
    bar.update({ done: 2, current: 'c.txt' });
    bar.stop();
    expect(writes).toEqual([
      '\r\x1b[2K[--------------------] 0/3 0% · 0.0 files/s · a.txt',
      '\r\x1b[2K[#############-------] 2/3 66% · 13.3 files/s · c.txt',
      '\r\x1b[2K',
    ]);
  });
});
