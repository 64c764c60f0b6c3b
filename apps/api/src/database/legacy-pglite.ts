import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { MIGRATIONS } from './migrations/index.js';

/** Where versions before ADR 0001 kept the embedded database (PGlite's files), under DATA_DIR. */
export const LEGACY_PGLITE_DIR = 'pg';

export class LegacyImportError extends Error {
  constructor(
    message: string,
    /** PGlite could not open the directory at all (damaged files), as opposed to a refusal to import it. */
    readonly unreadable = false,
  ) {
    super(message);
  }
}

const BATCH = 2000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function migrationName(migration: (typeof MIGRATIONS)[number]): string {
  const instance = new (migration as new () => MigrationInterface)();
  return instance.name ?? migration.name;
}

async function openLegacy(dir: string): Promise<PGlite> {
  const [{ PGlite }, { unaccent }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  return PGlite.create({ dataDir: dir, extensions: { unaccent, pg_trgm } });
}

/**
 * Copies a PGlite database (the embedded database of earlier versions) into the new, empty embedded
 * PostgreSQL at `url`: the target is migrated to the same migrations the old one had, every row of every table
 * is copied in ONE transaction (all or nothing), sequences follow; later migrations run at start as usual.
 * PGlite is opened directly, one query at a time: nothing else uses it meanwhile.
 */
export async function importLegacyPglite(
  dir: string,
  url: string,
  log: (line: string) => void,
): Promise<{ tables: number; rows: number }> {
  let source: PGlite;
  try {
    source = await openLegacy(dir);
  } catch (error) {
    throw new LegacyImportError(`${(error as Error).message ?? error}`.split('\n')[0] ?? 'PGlite', true);
  }
  log(`chuyển dữ liệu cũ (PGlite) ở ${dir} sang PostgreSQL nhúng …`);
  try {
    const hasMigrations = await source.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'migrations'`,
    );
    if (hasMigrations.rows[0]?.n === 0) return { tables: 0, rows: 0 };
    const applied = new Set(
      (await source.query<{ name: string }>('SELECT name FROM migrations')).rows.map((r) => r.name),
    );
    const known = MIGRATIONS.filter((migration) => applied.has(migrationName(migration)));
    if (known.length !== applied.size) {
      throw new LegacyImportError(
        'dữ liệu cũ được tạo bởi một phiên bản mới hơn phiên bản đang chạy — cập nhật phần mềm rồi chạy lại',
      );
    }
    const target = new DataSource({ ...dataSourceOptions(url, 1), migrations: known });
    await target.initialize();
    try {
      await target.runMigrations({ transaction: 'all' });
    } finally {
      await target.destroy();
    }

    const tables = (
      await source.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
      )
    ).rows.map((r) => r.name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let rows = 0;
    try {
      await client.query('BEGIN');
      // Foreign keys are checked by the source already; rows go in table by table, in any order.
      await client.query(`SET LOCAL session_replication_role = replica`);
      for (const table of tables) {
        const columns = (
          await client.query<{ name: string }>(
            `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
            [table],
          )
        ).rows.map((r) => quote(r.name));
        if (columns.length === 0) throw new LegacyImportError(`bảng ${table} không có trong lược đồ mới`);
        for (let offset = 0; ; offset += BATCH) {
          const batch = await source.query<{ r: string }>(
            `SELECT row_to_json(t)::text AS r FROM ${quote(table)} t ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}`,
          );
          if (batch.rows.length === 0) break;
          const json = `[${batch.rows.map((r) => r.r).join(',')}]`;
          await client.query(
            `INSERT INTO ${quote(table)} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
            [json],
          );
          rows += batch.rows.length;
          if (batch.rows.length < BATCH) break;
        }
      }
      const sequences = await source.query<{ name: string }>(
        `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
      );
      for (const { name } of sequences.rows) {
        const state = await source.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text, is_called FROM ${quote(name)}`,
        );
        const { last_value, is_called } = state.rows[0] ?? { last_value: '1', is_called: false };
        await client.query(`SELECT setval($1, $2::bigint, $3)`, [quote(name), last_value, is_called]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
    return { tables: tables.length, rows };
  } finally {
    await source.close();
  }
}
