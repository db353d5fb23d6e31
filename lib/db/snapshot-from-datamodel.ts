import type { DMMF } from '@prisma/client/runtime/client';
import type { ColumnSnapshot, SchemaSnapshot, TableSnapshot } from './schema-snapshot';

type NativeType = readonly [name: string, args: readonly string[]];

// The PostgreSQL column type Prisma Migrate creates for a Prisma scalar without @db.*.
const defaultNativeTypes: Record<string, NativeType> = {
  String: ['Text', []],
  Int: ['Integer', []],
  BigInt: ['BigInt', []],
  Float: ['DoublePrecision', []],
  Decimal: ['Decimal', ['65', '30']],
  Boolean: ['Boolean', []],
  DateTime: ['Timestamp', ['3']],
  Json: ['JsonB', []],
  Bytes: ['ByteA', []],
};

const sqlTypes: Record<string, { sql: string; defaultArgs?: string[] }> = {
  Text: { sql: 'text' },
  VarChar: { sql: 'character varying' },
  Char: { sql: 'character', defaultArgs: ['1'] },
  Uuid: { sql: 'uuid' },
  Integer: { sql: 'integer' },
  SmallInt: { sql: 'smallint' },
  BigInt: { sql: 'bigint' },
  DoublePrecision: { sql: 'double precision' },
  Real: { sql: 'real' },
  Decimal: { sql: 'numeric', defaultArgs: ['65', '30'] },
  Boolean: { sql: 'boolean' },
  Timestamp: { sql: 'timestamp without time zone', defaultArgs: ['6'] },
  Timestamptz: { sql: 'timestamp with time zone', defaultArgs: ['6'] },
  Date: { sql: 'date' },
  Time: { sql: 'time without time zone', defaultArgs: ['6'] },
  Timetz: { sql: 'time with time zone', defaultArgs: ['6'] },
  JsonB: { sql: 'jsonb' },
  Json: { sql: 'json' },
  ByteA: { sql: 'bytea' },
};

// information_schema's udt_name of an array's element type, for scalar lists (`Int[]` -> int4[]).
const arrayElementTypes: Record<string, string> = {
  Text: 'text',
  Integer: 'int4',
  SmallInt: 'int2',
  BigInt: 'int8',
  Boolean: 'bool',
  Uuid: 'uuid',
};

// Prisma generates these in the client, so the column has no database default.
const clientSideDefaults = new Set(['uuid', 'cuid', 'ulid', 'nanoid']);

function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/** A field of type Unsupported("…"), which Prisma leaves out of the DMMF (but not out of its indexes). */
export interface UnsupportedField {
  model: string;
  name: string;
  dbName: string | null;
  /** The raw PostgreSQL type, as information_schema names it (e.g. tsvector). */
  rawType: string;
  isRequired: boolean;
  hasDefault: boolean;
}

/** The Unsupported("…") fields declared in a schema.prisma text. */
export function readUnsupportedFields(schema: string): UnsupportedField[] {
  const fields: UnsupportedField[] = [];
  for (const block of schema.matchAll(/^model\s+(\w+)\s*\{([^}]*)\}/gm)) {
    for (const line of (block[2] ?? '').matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      const attributes = line[4] ?? '';
      fields.push({
        model: block[1] ?? '',
        name: line[1] ?? '',
        dbName: /@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? null,
        rawType: line[2] ?? '',
        isRequired: line[3] !== '?',
        hasDefault: attributes.includes('@default('),
      });
    }
  }
  return fields;
}

function columnName(model: DMMF.Model, fieldName: string, unsupported: readonly UnsupportedField[] = []): string {
  const field = model.fields.find((candidate) => candidate.name === fieldName) ?? unsupported.find((candidate) => candidate.model === model.name && candidate.name === fieldName);
  return field?.dbName ?? fieldName;
}

function columnType(field: DMMF.Field, enumNames: Map<string, string>): string {
  if (field.kind === 'enum') return enumNames.get(field.type) ?? field.type;
  const [name, args] = field.nativeType ?? defaultNativeTypes[field.type] ?? [`unsupported ${field.type}`, []];
  if (field.isList) {
    const element = arrayElementTypes[name];
    return element ? `${element}[]` : `unsupported list of ${name} (teach snapshot-from-datamodel.ts)`;
  }
  const sqlType = sqlTypes[name];
  if (!sqlType) return `unsupported @db.${name} (teach snapshot-from-datamodel.ts)`;
  const effectiveArgs = args.length > 0 ? args : (sqlType.defaultArgs ?? []);
  return effectiveArgs.length > 0 ? `${sqlType.sql}(${effectiveArgs.join(',')})` : sqlType.sql;
}

function columnDefault(field: DMMF.Field, type: string, table: string): string | null {
  const value = field.default;
  if (value === undefined || field.isUpdatedAt) return null;
  if (Array.isArray(value)) {
    if (value.length > 0) return 'unsupported non-empty list default';
    const element = Object.entries(arrayElementTypes).find(([, udt]) => `${udt}[]` === type)?.[0];
    return `ARRAY[]::${element ? sqlTypes[element]?.sql : type}[]`;
  }
  if (typeof value === 'object') {
    if (!('name' in value)) return 'unsupported list default';
    if (value.name === 'now') return 'CURRENT_TIMESTAMP';
    if (value.name === 'autoincrement') return `nextval('${table}_${field.dbName ?? field.name}_seq'::regclass)`;
    if (value.name === 'dbgenerated') return value.args[0] === undefined ? null : String(value.args[0]);
    return clientSideDefaults.has(value.name) ? null : `unsupported @default(${value.name}())`;
  }
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const castType = field.kind === 'enum' ? quoteIdentifier(type) : type.replace(/\(.*\)$/, '');
  return `'${value.replaceAll("'", "''")}'::${castType}`;
}

function referentialAction(action: string): string {
  return action.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/**
 * What the migrated database should look like according to Prisma's datamodel (DMMF), plus the
 * schema's Unsupported("…") fields (readUnsupportedFields): columns of their raw type, without a
 * default (one declared is reported, as this check cannot compare it).
 */
export function snapshotFromDatamodel(datamodel: DMMF.Datamodel, unsupported: readonly UnsupportedField[] = []): SchemaSnapshot {
  const enumNames = new Map(datamodel.enums.map((item) => [item.name, item.dbName ?? item.name]));
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const tableName = (model: DMMF.Model): string => model.dbName ?? model.name;
  const tables: Record<string, TableSnapshot> = {};

  for (const model of datamodel.models) {
    const table = tableName(model);
    const columns: Record<string, ColumnSnapshot> = {};
    const foreignKeys: TableSnapshot['foreignKeys'] = {};
    for (const field of model.fields) {
      if (field.kind === 'scalar' || field.kind === 'enum') {
        const type = columnType(field, enumNames);
        // Prisma Migrate creates scalar-list columns without NOT NULL.
        const isNullable = field.isList || !field.isRequired;
        columns[field.dbName ?? field.name] = { type, isNullable, default: columnDefault(field, type, table) };
      }
      const target = models.get(field.type);
      if (field.kind !== 'object' || !target || !field.relationFromFields?.length) continue;
      const fkColumns = field.relationFromFields.map((name) => columnName(model, name));
      foreignKeys[`${table}_${fkColumns.join('_')}_fkey`] = {
        columns: fkColumns,
        referencedTable: tableName(target),
        referencedColumns: (field.relationToFields ?? []).map((name) => columnName(target, name)),
        onDelete: referentialAction(field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')),
        onUpdate: referentialAction(field.relationOnUpdate ?? 'Cascade'),
      };
    }
    for (const field of unsupported.filter((candidate) => candidate.model === model.name)) {
      const type = field.rawType.toLowerCase();
      columns[field.dbName ?? field.name] = { type, isNullable: !field.isRequired, default: field.hasDefault ? 'unsupported @default on an Unsupported field' : null };
    }
    tables[table] = { columns, indexes: {}, foreignKeys };
  }

  for (const index of datamodel.indexes) {
    const model = models.get(index.model);
    const table = model && tables[tableName(model)];
    if (!model || !table) continue;
    const names = index.fields.map((field) => columnName(model, field.name, unsupported));
    const suffix = { id: 'pkey', unique: 'key', normal: 'idx', fulltext: 'idx' }[index.type];
    const name = index.dbName ?? `${tableName(model)}_${index.type === 'id' ? '' : `${names.join('_')}_`}${suffix}`;
    table.indexes[name] = {
      columns: index.fields.map((field, at) => `${names[at]}${field.sortOrder === 'desc' ? ' DESC' : ''}`),
      isUnique: index.type !== 'normal',
      isPrimary: index.type === 'id',
      method: (index.algorithm ?? 'BTree').toLowerCase(),
    };
  }

  const enums = Object.fromEntries(
    datamodel.enums.map((item) => [item.dbName ?? item.name, item.values.map((value) => value.dbName ?? value.name)]),
  );
  return { tables, enums };
}
