import type { Clock, DemoDataSet, OperationRow } from './demo-types.js';
import { addDays, type Random } from './random.js';

const WITHDRAWALS = 15;
const CORRECTIONS = 10;

/** Stored like the amendments the API writes: corrected fields as { from, to }, ids of items added and withdrawn. */
interface AmendmentChanges {
  fields: Record<string, { from: unknown; to: unknown }>;
  added: { findingIds: string[]; occupancyCountIds: string[]; measureIds: string[] };
  withdrawn: { findingIds: string[]; occupancyCountIds: string[]; measureIds: string[] };
}

const none = () => ({ findingIds: [], occupancyCountIds: [], measureIds: [] });

/**
 * A few corrections of submitted operations, so the file shows amendments: minor findings entered twice
 * and withdrawn (withdrawing only minor ones keeps every status decision valid), and miscounted units.
 */
export function addAmendments(rng: Random, clock: Clock, data: DemoDataSet): void {
  const submitted = data.operations.filter((o) => o.state === 'submitted');
  const minorByOperation = new Map<string, string>();
  for (const f of data.findings) if (f.severity === 'minor' && !minorByOperation.has(f.operationId)) minorByOperation.set(f.operationId, f.id);
  const amended = new Set<string>();
  const record = (operation: OperationRow, reason: string, changes: AmendmentChanges) => {
    const createdAt = clock.at(addDays(operation.date, rng.int(1, 7)), 10);
    const id = rng.uuid();
    data.amendments.push({
      id,
      operationId: operation.id,
      seq: 1,
      reason,
      reasonVisibility: 'taskforce',
      changes: changes as unknown as Record<string, unknown>,
      createdBy: operation.createdBy,
      agencyCode: operation.leadAgencyCode,
      createdAt,
    });
    operation.updatedAt = createdAt;
    amended.add(operation.id);
    return id;
  };
  const older = submitted.filter((o) => o.date < '2026-09-01');
  for (const operation of rng.sample(
    older.filter((o) => minorByOperation.has(o.id)),
    WITHDRAWALS,
  )) {
    const findingId = minorByOperation.get(operation.id) as string;
    const id = record(operation, 'Befund doppelt erfasst; Eintrag zurückgezogen.', {
      fields: {},
      added: none(),
      withdrawn: { ...none(), findingIds: [findingId] },
    });
    const finding = data.findings.find((f) => f.id === findingId);
    if (finding) finding.withdrawnByAmendmentId = id;
  }
  for (const operation of rng.sample(
    older.filter((o) => o.unitsNotAccessible > 0 && !amended.has(o.id)),
    CORRECTIONS,
  )) {
    const from = operation.unitsNotAccessible;
    operation.unitsNotAccessible = from - 1;
    record(operation, 'Eine Wohnung war doch zugänglich; Anzahl korrigiert.', {
      fields: { unitsNotAccessible: { from, to: from - 1 } },
      added: none(),
      withdrawn: none(),
    });
  }
}
