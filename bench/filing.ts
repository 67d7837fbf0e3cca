import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, hashEntry, hashPayload } from '../src/audit/audit-chain.js';
import { COMMIT_SECTION_LOCK } from '../src/database/locks.js';
import { makeRow, type ScenarioContext } from './context.js';
import { openDirect, type Direct } from './direct.js';
import { filingBody } from './filing-body.js';
import { runLoad } from './load.js';
import { PeakRss } from './server.js';
import { summarise } from './stats.js';
import type { BenchRow } from './table.js';
import type { DatabaseKind } from './targets.js';

const FINDINGS = 5;
const SAMPLE_PROPERTIES = 5000;

/** Submitted operations per second through the API at 50 clients, against the same inserts straight through the driver. */
export async function runFiling(ctx: ScenarioContext): Promise<BenchRow[]> {
  const direct = await openDirect(ctx.target);
  try {
    const propertyIds = (await direct.query<{ id: string }>(`SELECT id FROM properties ORDER BY id LIMIT ${SAMPLE_PROPERTIES}`))
      .map((r) => r.id)
      .sort(() => Math.random() - 0.5);
    const rss = new PeakRss().start();
    const load = await runLoad({
      kind: 'filing',
      url: ctx.server.url,
      token: ctx.server.users.inspector.token,
      propertyIds,
      findingsPerOperation: FINDINGS,
      connections: ctx.options.filingConnections,
      seconds: ctx.options.filingSeconds,
      warmupSeconds: 2,
    });
    const peakRssMb = rss.stop();
    const perSecond = load.completed / load.seconds;
    // Requests cut off when the load ended are still being written; let them finish before the baseline runs.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const baseline = await directFiling(direct, ctx.target.kind, propertyIds, Math.min(ctx.options.filingSeconds, 10));
    const latency = summarise(load.latenciesMs);
    const failures = Object.entries(load.failures)
      .map(([status, n]) => `${n}× ${status}`)
      .join(', ');
    return [
      makeRow(ctx, {
        scenario: `filing: create+submit, ${FINDINGS} findings, ${ctx.options.filingConnections} clients`,
        medianMs: latency.median,
        p95Ms: latency.p95,
        throughput: perSecond,
        throughputUnit: 'op',
        peakRssMb,
        measured: perSecond,
        baseline: baseline.perSecond,
        baselineLabel: 'driver, 1 tx per op',
        ratioKind: 'throughput',
        note: `${load.completed} operations submitted in ${load.seconds.toFixed(1)} s${failures ? `; failed answers: ${failures}` : ''}; baseline ${baseline.count} operations in ${baseline.seconds.toFixed(1)} s`,
      }),
    ];
  } finally {
    await direct.close();
  }
}

/**
 * The physical limit: operation, findings, agencies and a chained audit entry, one transaction per operation,
 * one after another on one connection with the server's durability settings.
 */
async function directFiling(
  direct: Direct,
  kind: DatabaseKind,
  propertyIds: readonly string[],
  seconds: number,
): Promise<{ perSecond: number; count: number; seconds: number }> {
  const started = performance.now();
  const until = started + seconds * 1000;
  let count = 0;
  while (performance.now() < until) {
    const body = filingBody(propertyIds[count % propertyIds.length], FINDINGS, count);
    const id = randomUUID();
    const at = new Date();
    const agencies = ['ordnungsamt', ...body.agencyCodes];
    await direct.transaction(async () => {
      await direct.query(
        'INSERT INTO operations (id, property_id, district_id, city_ags, kind, date, trigger, trigger_source, interpreter_present, agency_count, units_entered, units_not_accessible, notes, state, lead_agency_code, created_by, submitted_by, submitted_at, version, created_at, updated_at) ' +
          'VALUES (?, ?, (SELECT district_id FROM properties WHERE id = ?), (SELECT city_ags FROM properties WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          id,
          body.propertyId,
          body.propertyId,
          body.propertyId,
          body.kind,
          body.date,
          body.trigger,
          null,
          body.interpreterPresent,
          agencies.length,
          body.unitsEntered,
          body.unitsNotAccessible,
          null,
          'submitted',
          'ordnungsamt',
          'bench',
          'bench',
          at,
          2,
          at,
          at,
        ],
      );
      const findings = body.findings.map((f) => [randomUUID(), id, null, f.category, f.severity, f.description, 'ordnungsamt', f.visibility, null, null, at]);
      await direct.query(
        `INSERT INTO findings (id, operation_id, unit_id, category, severity, description, agency_code, visibility, added_by_amendment_id, withdrawn_by_amendment_id, created_at) VALUES ${findings.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        findings.flat(),
      );
      await direct.query(
        `INSERT INTO operation_agencies (operation_id, agency_code) VALUES ${agencies.map(() => '(?, ?)').join(', ')}`,
        agencies.flatMap((a) => [id, a]),
      );
      await appendAudit(direct, kind, id, at, body);
    });
    count += 1;
  }
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: count / elapsed, count, seconds: elapsed };
}

async function appendAudit(direct: Direct, kind: DatabaseKind, operationId: string, at: Date, payload: unknown): Promise<void> {
  // The chain's lock, as the server takes it: without it a late server append and this one would take the same seq.
  if (kind === 'postgres') await direct.query('SELECT pg_advisory_xact_lock(?)', [COMMIT_SECTION_LOCK]);
  const [last] = await direct.query<{ seq: number | string; hash: string }>('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1');
  const entry = {
    seq: (last ? Number(last.seq) : 0) + 1,
    at,
    actorId: null,
    actorName: 'bench-baseline',
    action: 'operation_submitted',
    entity: 'operation',
    entityId: operationId,
    payloadHash: hashPayload(payload),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await direct.query(
    'INSERT INTO audit_entries (seq, at, actor_id, actor_name, action, entity, entity_id, payload_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [entry.seq, entry.at, null, entry.actorName, entry.action, entry.entity, operationId, entry.payloadHash, entry.prevHash, hashEntry(entry)],
  );
}
