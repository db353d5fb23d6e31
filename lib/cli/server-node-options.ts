// V8 grows its heap lazily and gives memory back late, so a busy server's RSS sits far above what
// it uses. A capped old space (collected sooner) and a smaller young generation keep the production
// server near 400 MB under load; the import pipeline, which also runs in the server, streams its
// work and stays well inside 256 MB (see `npm run bench:import`). An operator's own NODE_OPTIONS
// win flag by flag.
const defaults = { '--max-old-space-size': '256', '--max-semi-space-size': '8' } as const;

/** NODE_OPTIONS for the production server: `existing` plus each default flag it does not set. */
export function serverNodeOptions(existing: string | undefined): string {
  const given = (existing ?? '').trim();
  const added = Object.entries(defaults)
    .filter(([flag]) => !given.split(/\s+/u).some((option) => option === flag || option.startsWith(`${flag}=`)))
    .map(([flag, value]) => `${flag}=${value}`);
  return [given, ...added].filter(Boolean).join(' ');
}
