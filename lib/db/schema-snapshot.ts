/**
 * The shape of a database schema as both sides of the drift check describe it: what schema.prisma
 * implies (snapshot-from-datamodel.ts) and what PostgreSQL reports (read-database-catalog.ts).
 * Types are PostgreSQL's information_schema names, with the precision/length in parentheses.
 */
export interface ColumnSnapshot {
  type: string;
  isNullable: boolean;
  default: string | null;
}

export interface IndexSnapshot {
  /** Column names, each followed by " DESC" when sorted descending. */
  columns: string[];
  isUnique: boolean;
  isPrimary: boolean;
  method: string;
}

export interface ForeignKeySnapshot {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  /** SQL spelling: CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT. */
  onDelete: string;
  onUpdate: string;
}

export interface TableSnapshot {
  columns: Record<string, ColumnSnapshot>;
  /** Keyed by index name; the primary key appears as its index. */
  indexes: Record<string, IndexSnapshot>;
  foreignKeys: Record<string, ForeignKeySnapshot>;
}

export interface SchemaSnapshot {
  tables: Record<string, TableSnapshot>;
  /** Enum type name to its values, in order. */
  enums: Record<string, string[]>;
}
