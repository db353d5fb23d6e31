export interface BenchPublicArgs {
  articles: number;
  tags: number;
  connections: number;
  /** Seconds each load scenario runs. */
  duration: number;
  /** Leave the database running at the end and print its URL (for EXPLAIN ANALYZE). */
  isKeep: boolean;
}

export const benchPublicDefaults = { articles: 100_000, tags: 2000, connections: 50, duration: 10 } as const;

export const benchPublicUsage = `Usage: npm run bench:public -- [--articles N] [--tags N] [--connections N] [--duration S] [--keep]

Seeds a throwaway PostgreSQL with N articles (default ${benchPublicDefaults.articles.toLocaleString('en')}) and N tags (default ${benchPublicDefaults.tags.toLocaleString('en')}), starts
the production server (builds first if sources changed) and measures the reader pages: the first
render of topic pages one request at a time (target p99 ≤ 50 ms), then topic pages (big tag, small
tag, page 2), /topics, an article, the home page and the topic feed under load at N connections
(default ${benchPublicDefaults.connections}) for S seconds each (default ${benchPublicDefaults.duration}): req/s, p50/p99, errors, bytes per response; first
renders of distinct articles under the same load; the server's RSS. Then the floor: a bare Next.js
app with one page of about an article's size (.bench/next-floor), cached and first renders, under
the same load. Then the admin tag list queries with 10,000 tags, and search (function and HTTP).
--keep leaves the database running at the end and prints its URL; stop it with Ctrl-C.`;

const numberOptions = {
  '--articles': { key: 'articles', min: 100, max: 2_000_000 },
  '--tags': { key: 'tags', min: 60, max: 20_000 },
  '--connections': { key: 'connections', min: 1, max: 1000 },
  '--duration': { key: 'duration', min: 1, max: 600 },
} as const;

type Parsed = { ok: true; args: BenchPublicArgs } | { ok: true; help: true } | { ok: false; error: string };

/** Parses the arguments after the script name; `help` asks for the usage text. */
export function parseBenchPublicArgs(argv: readonly string[]): Parsed {
  const args: BenchPublicArgs = { ...benchPublicDefaults, isKeep: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return { ok: true, help: true };
    if (argument === '--keep') {
      args.isKeep = true;
      continue;
    }
    const [name = '', inline] = argument.split(/=(.*)/su);
    const option = numberOptions[name as keyof typeof numberOptions];
    if (!option) return { ok: false, error: `Unknown argument “${argument}”.` };
    const value = inline ?? argv[++index];
    if (value === undefined || !/^[0-9]+$/u.test(value)) return { ok: false, error: `${name} needs a whole number, got ${value === undefined ? 'nothing' : `“${value}”`}.` };
    const number = Number(value);
    if (number < option.min || number > option.max) {
      return { ok: false, error: `${name} must be between ${option.min.toLocaleString('en')} and ${option.max.toLocaleString('en')}, got ${value}.` };
    }
    args[option.key] = number;
  }
  return { ok: true, args };
}
