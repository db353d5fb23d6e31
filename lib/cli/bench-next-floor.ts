// The floor under bench:public's figures: a bare Next.js app (a layout and one page of plain text
// about the size of an article page; no database, no configuration, no middleware) built with this
// project's Next.js in a temporary directory and measured on the same machine, with the same load
// generator, as the reader site. What it cannot reach, the reader site cannot either.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { runNextBuild } from './build-if-needed';
import { fetchPage, runFirstRenderLoad, runLoad } from './bench-public-load';
import type { LoadFigures } from './bench-public-report';
import { startNextServer } from './start-next-server';

const paragraphs = 30;

// Rendered on demand and then kept, like the reader pages (generateStaticParams with one
// placeholder; every other id is rendered at its first request).
const floorFiles = (fileRoot: string): Record<string, string> => ({
  // Outside this project (inside it, Next would take up our configuration, instrumentation and
  // proxy), it reaches our node_modules through a link, which Turbopack follows only within its root.
  'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(fileRoot)} }, outputFileTracingRoot: ${JSON.stringify(fileRoot)} };\n`,
  'app/layout.jsx': `export default function Layout({ children }) {
  return <html lang="zh-Hans"><body>{children}</body></html>;
}
`,
  'app/p/[id]/page.jsx': `export function generateStaticParams() {
  return [{ id: 'placeholder' }];
}

export default async function Page({ params }) {
  const { id } = await params;
  return (
    <main>
      <h1>{id}</h1>
      {Array.from({ length: ${paragraphs} }, (_, at) => <p key={at}>{'这是一段用来衡量框架本身开销的正文，'.repeat(8)}</p>)}
    </main>
  );
}
`,
});

/** The bare app's cached page and its first renders under load, as LoadFigures rows (no targets). */
export async function measureNextFloor(root: string, options: { connections: number; duration: number }): Promise<LoadFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-next-floor-'));
  try {
    // The file system's root: the one directory above both this app and our node_modules for sure.
    for (const [path, text] of Object.entries(floorFiles(parse(dir).root))) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await runNextBuild(root, dir);
    return await measureFloorServer(root, dir, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureFloorServer(root: string, dir: string, options: { connections: number; duration: number }): Promise<LoadFigures[]> {
  const server = await startNextServer({ root, cwd: dir, readyPath: '/p/placeholder' });
  try {
    await fetchPage(server.origin, '/p/cached');
    const cached = await runLoad(server.origin, { name: 'floor: bare Next.js page', path: '/p/cached', isPage: false }, options);
    const fresh = Array.from({ length: 50_000 }, (_, at) => `/p/fresh-${at}`);
    const firstRenders = await runFirstRenderLoad(server.origin, 'floor: its first renders', fresh, options);
    return [cached, { ...firstRenders, isFirstRender: false }];
  } finally {
    await server.stop();
  }
}
