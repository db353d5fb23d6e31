export interface BenchImportArgs {
  files: number;
}

export const defaultBenchFiles = 10_000;
const maxBenchFiles = 1_000_000;

export const benchImportUsage = `Usage: npm run bench:import -- [--files N]

Generates N pages (default ${defaultBenchFiles.toLocaleString('en')}: three plain-text dumps to every ~150 KB HTML page)
in a temporary directory, imports them one at a time with fingerprints and tag suggestions,
and prints pages per second and peak memory against the targets.`;

/** Parses the arguments after the script name; `help` asks for the usage text. */
export function parseBenchImportArgs(argv: readonly string[]): { ok: true; args: BenchImportArgs } | { ok: true; help: true } | { ok: false; error: string } {
  let files = defaultBenchFiles;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return { ok: true, help: true };
    const inline = /^--files=(.*)$/su.exec(argument);
    if (argument !== '--files' && !inline) return { ok: false, error: `Unknown argument “${argument}”. ${benchImportUsage.split('\n')[0]}` };
    const value = inline ? inline[1] : argv[++index];
    if (value === undefined || !/^[0-9]+$/u.test(value)) return { ok: false, error: `--files needs a whole number, got ${value === undefined ? 'nothing' : `“${value}”`}.` };
    files = Number(value);
    if (files < 1 || files > maxBenchFiles) return { ok: false, error: `--files must be between 1 and ${maxBenchFiles.toLocaleString('en')}, got ${value}.` };
  }
  return { ok: true, args: { files } };
}
