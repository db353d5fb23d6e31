import type pg from 'pg';
import type { SchemaSnapshot, TableSnapshot } from './schema-snapshot';

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  character_maximum_length: number | null;
  datetime_precision: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
}

function columnType(row: ColumnRow): string {
  if (row.data_type === 'USER-DEFINED') return row.udt_name;
  if (row.data_type === 'ARRAY') return `${row.udt_name.replace(/^_/, '')}[]`;
  if (/^(timestamp|time) /.test(row.data_type)) return `${row.data_type}(${row.datetime_precision})`;
  if (row.character_maximum_length !== null) return `${row.data_type}(${row.character_maximum_length})`;
  if (row.data_type === 'numeric' && row.numeric_precision !== null) {
    return `numeric(${row.numeric_precision},${row.numeric_scale})`;
  }
  return row.data_type;
}

const selectColumns = `
  SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default,
         c.character_maximum_length, c.datetime_precision, c.numeric_precision, c.numeric_scale
  FROM information_schema.columns c
  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
  WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'`;

const selectIndexes = `
  SELECT t.relname AS table_name, i.relname AS index_name, x.indisunique AS is_unique,
         x.indisprimary AS is_primary, am.amname AS method,
         array_agg(a.attname || CASE WHEN x.indoption[k.ord - 1] & 1 = 1 THEN ' DESC' ELSE '' END
                   ORDER BY k.ord) AS columns
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_am am ON am.oid = i.relam
  CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
  WHERE t.relnamespace = current_schema()::regnamespace AND t.relname <> '_prisma_migrations'
  GROUP BY t.relname, i.relname, x.indisunique, x.indisprimary, am.amname`;

const selectForeignKeys = `
  SELECT t.relname AS table_name, c.conname AS constraint_name, r.relname AS referenced_table,
         (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
         (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns,
         c.confdeltype AS on_delete, c.confupdtype AS on_update
  FROM pg_constraint c
  JOIN pg_class t ON t.oid = c.conrelid
  JOIN pg_class r ON r.oid = c.confrelid
  WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace`;

const selectEnums = `
  SELECT t.typname AS enum_name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS enum_values
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE t.typnamespace = current_schema()::regnamespace
  GROUP BY t.typname`;

const referentialActions: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** Reads the current schema of a PostgreSQL database, leaving out Prisma's _prisma_migrations. */
export async function readDatabaseCatalog(client: pg.ClientBase): Promise<SchemaSnapshot> {
  const tables: Record<string, TableSnapshot> = {};
  const tableNamed = (name: string): TableSnapshot =>
    (tables[name] ??= { columns: {}, indexes: {}, foreignKeys: {} });

  for (const row of (await client.query<ColumnRow>(selectColumns)).rows) {
    tableNamed(row.table_name).columns[row.column_name] = {
      type: columnType(row),
      isNullable: row.is_nullable === 'YES',
      default: row.column_default,
    };
  }
  const indexes = await client.query<{
    table_name: string;
    index_name: string;
    is_unique: boolean;
    is_primary: boolean;
    method: string;
    columns: string[];
  }>(selectIndexes);
  for (const row of indexes.rows) {
    const { columns, method, is_unique: isUnique, is_primary: isPrimary } = row;
    tableNamed(row.table_name).indexes[row.index_name] = { columns, isUnique, isPrimary, method };
  }
  const foreignKeys = await client.query<{
    table_name: string;
    constraint_name: string;
    referenced_table: string;
    columns: string[];
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(selectForeignKeys);
  for (const row of foreignKeys.rows) {
    tableNamed(row.table_name).foreignKeys[row.constraint_name] = {
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: referentialActions[row.on_delete] ?? row.on_delete,
      onUpdate: referentialActions[row.on_update] ?? row.on_update,
    };
  }
  const enums = await client.query<{ enum_name: string; enum_values: string[] }>(selectEnums);
  return { tables, enums: Object.fromEntries(enums.rows.map((row) => [row.enum_name, row.enum_values])) };
}
