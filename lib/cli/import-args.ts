// Reads `npm run import -- [options] <files or folders>`; anything unexpected is a usage error.
export interface ImportOptions {
  dryRun: boolean;
  json: boolean;
  publish: boolean;
  toSimplified: boolean;
  // null: the configured limit (IMPORT_MAX_FILE_MB, default 5).
  maxFileMb: number | null;
  paths: string[];
}

export type ParsedImportArgs = { kind: 'run'; options: ImportOptions } | { kind: 'help' } | { kind: 'error'; error: string };

export const maxFileMbLimit = 100;

export const importUsage = `Usage: npm run import -- [options] <files or folders>

Imports saved news pages (.html, .htm), plain-text dumps (.txt), zip archives of them, and RSS,
Atom or JSON feeds. Folders are read recursively; hidden files are skipped.

Options:
  --dry-run          read and clean each file, print the result, and touch no database
  --json             print one JSON object per file (JSON Lines) instead of a line of text
  --publish          publish the imported articles instead of saving them as drafts
  --to-simplified    convert Traditional articles to Simplified (OpenCC, phrase level)
  --max-file-mb N    largest file to read, in megabytes (default: IMPORT_MAX_FILE_MB or 5; at most ${maxFileMbLimit})
  -h, --help         show this help

Without --dry-run the articles go to the database at DATABASE_URL, or to the embedded one that
\`npm start\` uses (stop \`npm start\` first). Exit code: 0 when every file was imported or was
already there, 1 when any failed, 2 for a usage error.
`;

function parseMegabytes(value: string | undefined): number | string {
  if (value === undefined || value.trim() === '') return '--max-file-mb needs a number of megabytes';
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > maxFileMbLimit) {
    return `--max-file-mb must be a number of megabytes above 0 and at most ${maxFileMbLimit}, not “${value}”`;
  }
  return number;
}

export function parseImportArgs(argv: readonly string[]): ParsedImportArgs {
  const options: ImportOptions = { dryRun: false, json: false, publish: false, toSimplified: false, maxFileMb: null, paths: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      options.paths.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--publish') options.publish = true;
    else if (arg === '--to-simplified') options.toSimplified = true;
    else if (arg === '--max-file-mb' || arg.startsWith('--max-file-mb=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[(index += 1)];
      const parsed = parseMegabytes(value);
      if (typeof parsed === 'string') return { kind: 'error', error: parsed };
      options.maxFileMb = parsed;
    } else if (arg.startsWith('-') && arg !== '-') return { kind: 'error', error: `unknown option ${arg}` };
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) return { kind: 'error', error: 'name at least one file or folder to import' };
  return { kind: 'run', options };
}
