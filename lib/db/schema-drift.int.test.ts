import type { DMMF } from '@prisma/client/runtime/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatamodel, readSchemaFile } from '../../test/load-datamodel';
import { compareSchema } from './compare-schema';
import { Prisma } from './generated/client';
import { applyMigrations } from './migrate';
import { readDatabaseCatalog } from './read-database-catalog';
import { createScratchDatabase } from './test-database';

describe('prisma/migrations and prisma/schema.prisma', () => {
  let datamodel: DMMF.Datamodel;
  let schemaText: string;
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let client: pg.Client;

  beforeAll(async () => {
    [datamodel, schemaText, database] = await Promise.all([loadDatamodel(), readSchemaFile(), createScratchDatabase()]);
    await applyMigrations(database.url);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('describe the same tables, columns, indexes, foreign keys and enums', async () => {
    expect(compareSchema(datamodel, await readDatabaseCatalog(client), schemaText)).toEqual([]);
  });

  it('compare an Unsupported("…") field as a column of its raw type, indexes on it included', async () => {
    const catalog = await readDatabaseCatalog(client);
    expect(catalog.tables.articles?.columns.search_document?.type).toBe('tsvector');
    expect(catalog.tables.articles?.indexes.articles_search_document_idx?.columns).toEqual(['search_document']);
    const edited = schemaText.replace('Unsupported("tsvector")? @map("search_document")', 'Unsupported("text")? @map("search_document")');
    expect(edited).not.toBe(schemaText);
    expect(compareSchema(await loadDatamodel(edited), catalog, edited)).toEqual([
      'column articles.search_document: type text in schema.prisma, tsvector in the database',
    ]);
    expect(compareSchema(datamodel, catalog)).toContain('column articles.search_document: in the database, missing from schema.prisma');
  });

  it('match the generated client, so it is not stale', () => {
    const scalarFields = (model: DMMF.Model) =>
      model.fields.filter((field) => field.kind !== 'object').map((field) => field.name);
    const generated = Object.values(Prisma.ModelName).map((name) => {
      const fieldEnum: unknown = Reflect.get(Prisma, `${name}ScalarFieldEnum`);
      return [name, Object.keys(fieldEnum ?? {})];
    });
    expect(generated).toEqual(datamodel.models.map((model) => [model.name, scalarFields(model)]));
  });

  it('report a field added to schema.prisma without a migration', async () => {
    const schema = schemaText.replace(/^(model Tag \{\n)/m, '$1  colour String @default("")\n');
    const edited = await loadDatamodel(schema);
    expect(compareSchema(edited, await readDatabaseCatalog(client), schema)).toEqual([
      'column tags.colour: in schema.prisma, missing from the database',
    ]);
  });

  it('report a column a migration added without a schema.prisma change', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`ALTER TABLE "tags" ADD COLUMN "colour" TEXT NOT NULL DEFAULT ''`);
      expect(compareSchema(datamodel, await readDatabaseCatalog(client), schemaText)).toEqual([
        'column tags.colour: in the database, missing from schema.prisma',
      ]);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
