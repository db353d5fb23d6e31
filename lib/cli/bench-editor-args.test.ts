import { describe, expect, it } from 'vitest';
import { parseBenchEditorArgs } from './bench-editor-args';

describe('parseBenchEditorArgs', () => {
  it.each([
    [[], { editors: 20, rounds: 30, isHttp: false }],
    [['--editors', '5', '--rounds=3'], { editors: 5, rounds: 3, isHttp: false }],
    [['--http', '--editors=40'], { editors: 40, rounds: 30, isHttp: true }],
  ])('reads %j', (argv, args) => {
    expect(parseBenchEditorArgs(argv)).toEqual({ ok: true, args });
  });

  it('asks for help', () => {
    expect(parseBenchEditorArgs(['--rounds', '2', '-h'])).toEqual({ ok: true, help: true });
  });

  it.each([
    [['--files', '3'], 'Unknown argument “--files”'],
    [['--editors'], '--editors needs a whole number, got nothing'],
    [['--rounds=abc'], '--rounds needs a whole number, got “abc”'],
    [['--editors', '0'], '--editors must be between 1 and 500, got 0'],
    [['--rounds=10001'], '--rounds must be between 1 and 10,000'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseBenchEditorArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(message);
  });
});
