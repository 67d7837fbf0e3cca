import type { EntityManager } from 'typeorm';

/** PostgreSQL advisory lock key of the commit section (also taken by the benchmark's direct-driver baseline). */
export const COMMIT_SECTION_LOCK = 4_242_001;

/** PostgreSQL advisory lock key held while one instance applies the migrations. */
export const MIGRATION_LOCK = 4_242_002;

/**
 * Serialises the last statements of writing transactions (audit append, map version rows) across server
 * instances; SQLite writes are already serialised by the WriteQueue.
 */
export async function lockCommitSection(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [COMMIT_SECTION_LOCK]);
  }
}

/** PostgreSQL advisory lock key of account changes (and agency deactivations, which count accounts), so two admins cannot each disable the other as the "other" admin. */
export const USER_ADMINISTRATION_LOCK = 4_242_003;

/** Serialises account changes across instances: the last-administrator check must see every change committed before it. */
export async function lockUserAdministration(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [USER_ADMINISTRATION_LOCK]);
  }
}
