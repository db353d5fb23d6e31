import { describe, expect, it } from 'vitest';
import { parseBenchPublicArgs } from './bench-public-args';

describe('parseBenchPublicArgs', () => {
  it('uses the defaults without arguments', () => {
    expect(parseBenchPublicArgs([])).toEqual({ ok: true, args: { articles: 100_000, tags: 2000, connections: 50, duration: 10, isKeep: false } });
  });

  it('reads numbers given as separate or inline values, and --keep', () => {
    expect(parseBenchPublicArgs(['--articles', '5000', '--tags=300', '--connections', '8', '--duration=3', '--keep'])).toEqual({
      ok: true,
      args: { articles: 5000, tags: 300, connections: 8, duration: 3, isKeep: true },
    });
  });

  it('asks for help with --help or -h', () => {
    expect(parseBenchPublicArgs(['--articles', '5000', '--help'])).toEqual({ ok: true, help: true });
    expect(parseBenchPublicArgs(['-h'])).toEqual({ ok: true, help: true });
  });

  it.each([
    [['--articels', '5'], 'Unknown argument “--articels”.'],
    [['--articles'], '--articles needs a whole number, got nothing.'],
    [['--duration', '1.5'], '--duration needs a whole number, got “1.5”.'],
    [['--connections=-3'], '--connections needs a whole number, got “-3”.'],
    [['--connections', '0'], '--connections must be between 1 and 1,000, got 0.'],
    [['--tags', '59'], '--tags must be between 60 and 20,000, got 59.'],
    [['--articles', '99'], '--articles must be between 100 and 2,000,000, got 99.'],
  ])('rejects %j', (argv, error) => {
    expect(parseBenchPublicArgs(argv)).toEqual({ ok: false, error });
  });
});
