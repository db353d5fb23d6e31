export interface BenchEditorArgs {
  editors: number;
  rounds: number;
  /** Through the production server's server action over HTTP, instead of the save function. */
  isHttp: boolean;
}

export const defaultBenchEditors = 20;
export const defaultBenchRounds = 30;

export const benchEditorUsage = `Usage: npm run bench:editor -- [--editors N] [--rounds N] [--http]

Starts a throwaway PostgreSQL, gives each of N editors (default ${defaultBenchEditors}) a draft of their own, and has
them all autosave every 1–2 s for N rounds (default ${defaultBenchRounds}) at the same time. Prints the
autosave round trip (p50/p95/p99/max) against the 150 ms p95 target, saves per second and the
revision rows written (autosaves coalesce). By default it measures the server-side save path
(input validation + saveArticle); --http measures the whole HTTP round trip through the
production server's save action, signed in as each editor (builds the app first if needed).`;

const numberOptions = { '--editors': { key: 'editors', max: 500 }, '--rounds': { key: 'rounds', max: 10_000 } } as const;

/** Parses the arguments after the script name; `help` asks for the usage text. */
export function parseBenchEditorArgs(argv: readonly string[]): { ok: true; args: BenchEditorArgs } | { ok: true; help: true } | { ok: false; error: string } {
  const args: BenchEditorArgs = { editors: defaultBenchEditors, rounds: defaultBenchRounds, isHttp: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return { ok: true, help: true };
    if (argument === '--http') {
      args.isHttp = true;
      continue;
    }
    const [name = '', inline] = argument.split(/=(.*)/su);
    const option = numberOptions[name as keyof typeof numberOptions];
    if (!option) return { ok: false, error: `Unknown argument “${argument}”. ${benchEditorUsage.split('\n')[0]}` };
    const value = inline ?? argv[++index];
    if (value === undefined || !/^[0-9]+$/u.test(value)) return { ok: false, error: `${name} needs a whole number, got ${value === undefined ? 'nothing' : `“${value}”`}.` };
    const number = Number(value);
    if (number < 1 || number > option.max) return { ok: false, error: `${name} must be between 1 and ${option.max.toLocaleString('en')}, got ${value}.` };
    args[option.key] = number;
  }
  return { ok: true, args };
}
