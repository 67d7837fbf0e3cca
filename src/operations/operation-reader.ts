import { In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import type { DensityThreshold } from '../config/app-config.js';
import { Amendment } from './amendment.entity.js';
import { Finding } from './finding.entity.js';
import { Measure } from './measure.entity.js';
import { OccupancyCount } from './occupancy-count.entity.js';
import { OperationAgency } from './operation-agency.entity.js';
import type { Operation } from './operation.entity.js';
import { toOperationDto, type OperationDto } from './operation-responses.dto.js';

const byOperation = <T extends { operationId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.operationId);
    if (list) list.push(row);
    else map.set(row.operationId, [row]);
  }
  return (operationId: string): T[] => map.get(operationId) ?? [];
};

/** Loads everything the given operations hold in five queries and maps them for one viewer. */
export async function loadOperationDtos(
  manager: EntityManager,
  operations: readonly Operation[],
  viewer: AuthUser,
  density: DensityThreshold,
): Promise<OperationDto[]> {
  if (operations.length === 0) return [];
  const where = { operationId: In(operations.map((o) => o.id)) };
  const order = { createdAt: 'ASC', id: 'ASC' } as const;
  // One after another: inside a transaction they share one connection, which takes one query at a time.
  const agencies = await manager.getRepository(OperationAgency).find({ where });
  const findings = await manager.getRepository(Finding).find({ where, order });
  const counts = await manager.getRepository(OccupancyCount).find({ where, order });
  const measures = await manager.getRepository(Measure).find({ where, order });
  const amendments = await manager.getRepository(Amendment).find({ where, order: { seq: 'ASC' } });
  const of = {
    agencies: byOperation(agencies),
    findings: byOperation(findings),
    counts: byOperation(counts),
    measures: byOperation(measures),
    amendments: byOperation(amendments),
  };
  return operations.map((operation) =>
    toOperationDto(
      operation,
      {
        agencyCodes: of.agencies(operation.id).map((a) => a.agencyCode),
        findings: of.findings(operation.id),
        occupancyCounts: of.counts(operation.id),
        measures: of.measures(operation.id),
        amendments: of.amendments(operation.id),
      },
      viewer,
      density,
    ),
  );
}
