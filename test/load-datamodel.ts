import type { DMMF } from '@prisma/client/runtime/client';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const schemaPath = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));
const generatorPath = fileURLToPath(new URL('./dmmf-dump-generator.mjs', import.meta.url));
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');

export async function readSchemaFile(): Promise<string> {
  return readFile(schemaPath, 'utf8');
}

/**
 * Prisma's full datamodel (DMMF) for a schema. The generated client only carries a partial one
 * (no nullability, native types or indexes), and the CLI keeps getDMMF to itself, so this runs
 * `prisma generate` with a one-file generator that dumps the DMMF it is handed.
 */
export async function loadDatamodel(schema?: string): Promise<DMMF.Datamodel> {
  const dir = await mkdtemp(join(tmpdir(), 'inkstone-dmmf-'));
  try {
    const provider = `node ${JSON.stringify(generatorPath)}`;
    const generator = `generator dmmf {\n  provider = ${JSON.stringify(provider)}\n  output   = "./dmmf.json"\n}\n`;
    const withoutGenerators = (schema ?? (await readSchemaFile())).replace(/^generator\s+\w+\s*\{[^}]*\}/gm, '');
    await writeFile(join(dir, 'schema.prisma'), `${generator}${withoutGenerators}`);
    const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
    env.PRISMA_SCHEMA_ENGINE_BINARY ??= generatorPath;
    const args = [prismaCli, 'generate', '--schema', 'schema.prisma'];
    await promisify(execFile)(process.execPath, args, { cwd: dir, env }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`prisma generate failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    });
    return JSON.parse(await readFile(join(dir, 'dmmf.json'), 'utf8')) as DMMF.Datamodel;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
