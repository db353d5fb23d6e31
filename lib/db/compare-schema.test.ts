import type { DMMF } from '@prisma/client/runtime/client';
import { describe, expect, it } from 'vitest';
import { compareSchema } from './compare-schema';
import type { SchemaSnapshot } from './schema-snapshot';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Datamodel = Mutable<DMMF.Datamodel>;
type Field = Mutable<DMMF.Field>;

function field(name: string, type: string, extra: Partial<Field> = {}): Field {
  const kind = type === 'Role' ? 'enum' : type === 'User' ? 'object' : 'scalar';
  return { name, type, kind, isRequired: true, isList: false, isUnique: false, isId: false, isReadOnly: false, hasDefaultValue: false, ...extra };
}

// Mirrors: enum Role { ADMIN EDITOR }
// model User { id String @id @db.Uuid; email String @unique; role Role @default(EDITOR);
//   bio String?; createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(3); posts Post[] ... @@map("users") }
// model Post { id String @id @db.Uuid; authorId String? @map("author_id") @db.Uuid; author User? @relation(...);
//   @@index([authorId, id(sort: Desc)]) @@map("posts") }
function buildDatamodel(): Datamodel {
  const model = (name: string, dbName: string, fields: Field[]) => ({ name, dbName, schema: null, fields, uniqueFields: [], uniqueIndexes: [], primaryKey: null });
  return {
    enums: [{ name: 'Role', dbName: null, values: [{ name: 'ADMIN', dbName: null }, { name: 'EDITOR', dbName: null }] }],
    types: [],
    models: [
      model('User', 'users', [
        field('id', 'String', { isId: true, nativeType: ['Uuid', []] }),
        field('email', 'String', { isUnique: true }),
        field('role', 'Role', { hasDefaultValue: true, default: 'EDITOR' }),
        field('bio', 'String', { isRequired: false }),
        field('createdAt', 'DateTime', { dbName: 'created_at', nativeType: ['Timestamptz', ['3']], default: { name: 'now', args: [] } }),
      ]),
      model('Post', 'posts', [
        field('id', 'String', { isId: true, nativeType: ['Uuid', []] }),
        field('authorId', 'String', { dbName: 'author_id', isRequired: false, nativeType: ['Uuid', []] }),
        field('author', 'User', { isRequired: false, relationFromFields: ['authorId'], relationToFields: ['id'], relationName: 'PostToUser' }),
      ]),
    ],
    indexes: [
      { model: 'User', type: 'id', isDefinedOnField: true, fields: [{ name: 'id' }] },
      { model: 'User', type: 'unique', isDefinedOnField: true, fields: [{ name: 'email' }] },
      { model: 'Post', type: 'id', isDefinedOnField: true, fields: [{ name: 'id' }] },
      { model: 'Post', type: 'normal', isDefinedOnField: false, fields: [{ name: 'authorId' }, { name: 'id', sortOrder: 'desc' }] },
    ],
  };
}

function buildCatalog(): SchemaSnapshot {
  const btree = (columns: string[], isUnique = false, isPrimary = false) => ({ columns, isUnique, isPrimary, method: 'btree' });
  return {
    enums: { Role: ['ADMIN', 'EDITOR'] },
    tables: {
      users: {
        columns: {
          id: { type: 'uuid', isNullable: false, default: null },
          email: { type: 'text', isNullable: false, default: null },
          role: { type: 'Role', isNullable: false, default: `'EDITOR'::"Role"` },
          bio: { type: 'text', isNullable: true, default: null },
          created_at: { type: 'timestamp with time zone(3)', isNullable: false, default: 'CURRENT_TIMESTAMP' },
        },
        indexes: { users_pkey: btree(['id'], true, true), users_email_key: btree(['email'], true) },
        foreignKeys: {},
      },
      posts: {
        columns: {
          id: { type: 'uuid', isNullable: false, default: null },
          author_id: { type: 'uuid', isNullable: true, default: null },
        },
        indexes: { posts_pkey: btree(['id'], true, true), posts_author_id_id_idx: btree(['author_id', 'id DESC']) },
        foreignKeys: {
          posts_author_id_fkey: { columns: ['author_id'], referencedTable: 'users', referencedColumns: ['id'], onDelete: 'SET NULL', onUpdate: 'CASCADE' },
        },
      },
    },
  };
}

function users(catalog: SchemaSnapshot) {
  const table = catalog.tables.users;
  if (!table) throw new Error('fixture lost the users table');
  return table;
}

describe('compareSchema', () => {
  it('finds no difference when the database matches the datamodel', () => {
    expect(compareSchema(buildDatamodel(), buildCatalog())).toEqual([]);
  });

  const column = (type: string, isNullable = false, defaultValue: string | null = null) => ({ type, isNullable, default: defaultValue });
  it.each<{ mismatch: string; change: (model: Datamodel, catalog: SchemaSnapshot) => void; difference: string }>([
    {
      mismatch: 'a field added to schema.prisma without a migration',
      change: (model) => model.models[0]?.fields.push(field('name', 'String')),
      difference: 'column users.name: in schema.prisma, missing from the database',
    },
    {
      mismatch: 'a column added by a migration but not to schema.prisma',
      change: (_, catalog) => void (users(catalog).columns.name = column('text')),
      difference: 'column users.name: in the database, missing from schema.prisma',
    },
    {
      mismatch: 'a model without a table',
      change: (model) => model.models.push({ ...structuredClone(model.models[1]!), name: 'Draft', dbName: 'drafts' }),
      difference: 'table drafts: in schema.prisma, missing from the database',
    },
    {
      mismatch: 'a table without a model',
      change: (_, catalog) => void (catalog.tables.legacy = { columns: {}, indexes: {}, foreignKeys: {} }),
      difference: 'table legacy: in the database, missing from schema.prisma',
    },
    {
      mismatch: 'a different column type',
      change: (_, catalog) => void (users(catalog).columns.email = column('character varying(255)')),
      difference: 'column users.email: type text in schema.prisma, character varying(255) in the database',
    },
    {
      mismatch: 'a different timestamp precision',
      change: (_, catalog) => void (users(catalog).columns.created_at = column('timestamp with time zone(6)', false, 'CURRENT_TIMESTAMP')),
      difference: 'column users.created_at: type timestamp with time zone(3) in schema.prisma, timestamp with time zone(6) in the database',
    },
    {
      mismatch: 'an optional field stored NOT NULL',
      change: (_, catalog) => void (users(catalog).columns.bio = column('text')),
      difference: 'column users.bio: nullable in schema.prisma, not in the database',
    },
    {
      mismatch: 'a missing default',
      change: (_, catalog) => void (users(catalog).columns.role = column('Role')),
      difference: `column users.role: default 'EDITOR'::"Role" in schema.prisma, none in the database`,
    },
    {
      mismatch: 'a missing unique index',
      change: (_, catalog) => void delete users(catalog).indexes.users_email_key,
      difference: 'index users_email_key: in schema.prisma, missing from the database',
    },
    {
      mismatch: 'an index sorted the wrong way',
      change: (model) => void model.indexes[3]?.fields.splice(1, 1, { name: 'id' }),
      difference:
        'index posts_author_id_id_idx: INDEX USING btree (author_id, id) in schema.prisma, INDEX USING btree (author_id, id DESC) in the database',
    },
    {
      mismatch: 'a different ON DELETE action',
      change: (model) => void model.models[1]?.fields.splice(2, 1, { ...model.models[1].fields[2]!, relationOnDelete: 'Cascade' }),
      difference:
        'foreign key posts_author_id_fkey: (author_id) REFERENCES users(id) ON DELETE CASCADE ON UPDATE CASCADE in schema.prisma, ' +
        '(author_id) REFERENCES users(id) ON DELETE SET NULL ON UPDATE CASCADE in the database',
    },
    {
      mismatch: 'an enum value without a migration',
      change: (model) => model.enums[0]?.values.push({ name: 'WRITER', dbName: null }),
      difference: 'enum Role: (ADMIN, EDITOR, WRITER) in schema.prisma, (ADMIN, EDITOR) in the database',
    },
  ])('reports $mismatch', ({ change, difference }) => {
    const model = buildDatamodel();
    const catalog = buildCatalog();
    change(model, catalog);
    expect(compareSchema(model, catalog)).toEqual([difference]);
  });
});
