// V8 grows its heap lazily and gives memory back late, so a busy server's RSS sits far above what
// it uses. A capped old space (collected sooner) and a smaller young generation keep the production
// server's memory down under load. The cap leaves room for everything the server holds at once:
// its page caches, the dictionaries of script conversion and word segmentation, and an import
// running in the background (256 MB was too little for that). An operator's own NODE_OPTIONS win
// flag by flag.
const defaults = { '--max-old-space-size': '512', '--max-semi-space-size': '8' } as const;

// glibc gives each thread that allocates (V8's GC helpers, libuv's pool doing the page cache's file
// writes) its own malloc arena, up to eight per core, and returns their memory late. Two arenas cost
// no measurable speed here and keep about 40 MB less resident under load.
const defaultMallocArenas = '2';

/** NODE_OPTIONS for the production server: `existing` plus each default flag it does not set. */
export function serverNodeOptions(existing: string | undefined): string {
  const given = (existing ?? '').trim();
  const added = Object.entries(defaults)
    .filter(([flag]) => !given.split(/\s+/u).some((option) => option === flag || option.startsWith(`${flag}=`)))
    .map(([flag, value]) => `${flag}=${value}`);
  return [given, ...added].filter(Boolean).join(' ');
}

/** The production server's memory settings on top of `env`; an operator's own values win. */
export function serverProcessEnv(env: Record<string, string | undefined>): { NODE_OPTIONS: string; MALLOC_ARENA_MAX: string } {
  const arenas = env.MALLOC_ARENA_MAX?.trim();
  return { NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS), MALLOC_ARENA_MAX: arenas || defaultMallocArenas };
}
