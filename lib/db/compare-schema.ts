import type { DMMF } from '@prisma/client/runtime/client';
import type { ColumnSnapshot, ForeignKeySnapshot, IndexSnapshot, SchemaSnapshot } from './schema-snapshot';
import { readUnsupportedFields, snapshotFromDatamodel } from './snapshot-from-datamodel';

const expectedSide = 'schema.prisma';
const actualSide = 'the database';

function compareKeys<T>(
  label: string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  compareBoth: (name: string, expectedItem: T, actualItem: T) => string[],
): string[] {
  const differences: string[] = [];
  for (const [name, expectedItem] of Object.entries(expected)) {
    const actualItem = actual[name];
    if (actualItem === undefined) differences.push(`${label} ${name}: in ${expectedSide}, missing from ${actualSide}`);
    else differences.push(...compareBoth(name, expectedItem, actualItem));
  }
  for (const name of Object.keys(actual)) {
    if (!(name in expected)) differences.push(`${label} ${name}: in ${actualSide}, missing from ${expectedSide}`);
  }
  return differences;
}

function compareColumns(column: string, wanted: ColumnSnapshot, found: ColumnSnapshot): string[] {
  const differences: string[] = [];
  if (wanted.type !== found.type) {
    differences.push(`column ${column}: type ${wanted.type} in ${expectedSide}, ${found.type} in ${actualSide}`);
  }
  if (wanted.isNullable !== found.isNullable) {
    const nullability = wanted.isNullable ? 'nullable' : 'NOT NULL';
    differences.push(`column ${column}: ${nullability} in ${expectedSide}, not in ${actualSide}`);
  }
  if (wanted.default !== found.default) {
    const [before, after] = [wanted.default ?? 'none', found.default ?? 'none'];
    differences.push(`column ${column}: default ${before} in ${expectedSide}, ${after} in ${actualSide}`);
  }
  return differences;
}

function describeIndex(index: IndexSnapshot): string {
  const kind = index.isPrimary ? 'PRIMARY KEY' : index.isUnique ? 'UNIQUE' : 'INDEX';
  return `${kind} USING ${index.method} (${index.columns.join(', ')})`;
}

function describeForeignKey(key: ForeignKeySnapshot): string {
  return (
    `(${key.columns.join(', ')}) REFERENCES ${key.referencedTable}(${key.referencedColumns.join(', ')}) ` +
    `ON DELETE ${key.onDelete} ON UPDATE ${key.onUpdate}`
  );
}

function compareDescriptions<T>(label: string, describe: (item: T) => string) {
  return (name: string, expected: T, actual: T): string[] => {
    const [wanted, found] = [describe(expected), describe(actual)];
    return wanted === found ? [] : [`${label} ${name}: ${wanted} in ${expectedSide}, ${found} in ${actualSide}`];
  };
}

/**
 * Lists every difference between Prisma's datamodel and a database catalog (empty when they agree):
 * tables, columns (type, nullability, default), indexes incl. primary keys, foreign keys, enums.
 * The DMMF has no Unsupported("…") fields: pass the schema.prisma text to have them compared too
 * (without it, their columns read as missing from schema.prisma).
 */
export function compareSchema(model: DMMF.Datamodel, catalog: SchemaSnapshot, schemaText = ''): string[] {
  const expected = snapshotFromDatamodel(model, readUnsupportedFields(schemaText));
  const tableDifferences = compareKeys('table', expected.tables, catalog.tables, (table, wanted, found) => [
    ...compareKeys('column', prefixKeys(table, wanted.columns), prefixKeys(table, found.columns), compareColumns),
    ...compareKeys('index', wanted.indexes, found.indexes, compareDescriptions('index', describeIndex)),
    ...compareKeys(
      'foreign key',
      wanted.foreignKeys,
      found.foreignKeys,
      compareDescriptions('foreign key', describeForeignKey),
    ),
  ]);
  const enumDifferences = compareKeys(
    'enum',
    expected.enums,
    catalog.enums,
    compareDescriptions('enum', (values: string[]) => `(${values.join(', ')})`),
  );
  return [...tableDifferences, ...enumDifferences];
}

function prefixKeys<T>(prefix: string, record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [`${prefix}.${key}`, value]));
}
