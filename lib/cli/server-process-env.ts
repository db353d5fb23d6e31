// V8 grows its heap lazily and gives memory back late, so a busy server's RSS sits far above what
// it uses. A capped old space (collected sooner) and a smaller young generation keep the production
// server's memory down under load. The cap leaves room for everything the server holds at once:
// its page caches, the dictionaries of script conversion and word segmentation, and an import
// running in the background (256 MB was too little for that). An operator's own NODE_OPTIONS win
// flag by flag.
const defaults = { '--max-old-space-size': '512', '--max-semi-space-size': '8' } as const;

/** NODE_OPTIONS for the production server: `existing` plus each default flag it does not set. */
export function serverNodeOptions(existing: string | undefined): string {
  const given = (existing ?? '').trim();
  const added = Object.entries(defaults)
    .filter(([flag]) => !given.split(/\s+/u).some((option) => option === flag || option.startsWith(`${flag}=`)))
    .map(([flag, value]) => `${flag}=${value}`);
  return [given, ...added].filter(Boolean).join(' ');
}
