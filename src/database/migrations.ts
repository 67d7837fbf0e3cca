import { DataSource, MigrationExecutor, type DataSourceOptions } from 'typeorm';
import { MIGRATION_LOCK } from './locks.js';
import { InitialSchema1763700000000 } from './migrations/1763700000000-initial-schema.js';
import { MeasureStateNote1763800000000 } from './migrations/1763800000000-measure-state-note.js';
import { RateLimitHits1763900000000 } from './migrations/1763900000000-rate-limit-hits.js';
import { ScaleIndexes1764000000000 } from './migrations/1764000000000-scale-indexes.js';
import { OperationsDateCovering1764100000000 } from './migrations/1764100000000-operations-date-covering.js';
import { SummaryOpenMeasures1764200000000 } from './migrations/1764200000000-summary-open-measures.js';
import { OperationAgencyCount1764300000000 } from './migrations/1764300000000-operation-agency-count.js';
import { SummaryDistrictCopies1764400000000 } from './migrations/1764400000000-summary-district-copies.js';
import { PropertyStatusPeriods1764500000000 } from './migrations/1764500000000-property-status-periods.js';
import { IdempotencyKeys1764600000000 } from './migrations/1764600000000-idempotency-keys.js';
import { PropertyVersion1764700000000 } from './migrations/1764700000000-property-version.js';
import { PartyMeasureVersions1764800000000 } from './migrations/1764800000000-party-measure-versions.js';
import { UserPasswordChange1764900000000 } from './migrations/1764900000000-user-password-change.js';
import { UserAdministration1765000000000 } from './migrations/1765000000000-user-administration.js';
import { RevokedTokens1765100000000 } from './migrations/1765100000000-revoked-tokens.js';
import { AgencyVersion1765200000000 } from './migrations/1765200000000-agency-version.js';
import { Cities1765300000000 } from './migrations/1765300000000-cities.js';
import { CityCopies1765400000000 } from './migrations/1765400000000-city-copies.js';
import { OfficialAddresses1765500000000 } from './migrations/1765500000000-official-addresses.js';
import { AddressMatch1765600000000 } from './migrations/1765600000000-address-match.js';
import { KatasterImports1765700000000 } from './migrations/1765700000000-kataster-imports.js';
import { SingleSignOn1765800000000 } from './migrations/1765800000000-single-sign-on.js';
import { LoginFailures1765900000000 } from './migrations/1765900000000-login-failures.js';
import { FreeTextVisibility1766000000000 } from './migrations/1766000000000-free-text-visibility.js';
import { DecisionBasis1766300000000 } from './migrations/1766300000000-decision-basis.js';
import { CellKeySecret1766200000000 } from './migrations/1766200000000-cell-key-secret.js';
import { FileReads1766100000000 } from './migrations/1766100000000-file-reads.js';

/** Every migration in order; listed explicitly because ES modules cannot be globbed at run time. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  MeasureStateNote1763800000000,
  RateLimitHits1763900000000,
  ScaleIndexes1764000000000,
  OperationsDateCovering1764100000000,
  SummaryOpenMeasures1764200000000,
  OperationAgencyCount1764300000000,
  SummaryDistrictCopies1764400000000,
  PropertyStatusPeriods1764500000000,
  IdempotencyKeys1764600000000,
  PropertyVersion1764700000000,
  PartyMeasureVersions1764800000000,
  UserPasswordChange1764900000000,
  UserAdministration1765000000000,
  RevokedTokens1765100000000,
  AgencyVersion1765200000000,
  Cities1765300000000,
  CityCopies1765400000000,
  OfficialAddresses1765500000000,
  AddressMatch1765600000000,
  KatasterImports1765700000000,
  SingleSignOn1765800000000,
  LoginFailures1765900000000,
  FreeTextVisibility1766000000000,
  FileReads1766100000000,
  CellKeySecret1766200000000,
  DecisionBasis1766300000000,
];

/**
 * Opens the data source and applies pending migrations, each in its own transaction. On PostgreSQL under a
 * session advisory lock, so that instances starting together apply them once instead of racing.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
  const locked = dataSource.options.type === 'postgres';
  const runner = dataSource.createQueryRunner();
  try {
    try {
      if (locked) await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      await executor.executePendingMigrations();
      if (locked) await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    } finally {
      await runner.release();
    }
  } catch (error) {
    // Closing the connections also ends a lock still held after a failed migration.
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
