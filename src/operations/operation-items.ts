import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { badRequest, type FieldError, fieldError } from '../common/problem.js';
import { buildingCopies, type BuildingCopies } from '../properties/property-history.js';
import { Unit } from '../properties/unit.entity.js';
import { Finding } from './finding.entity.js';
import { Measure } from './measure.entity.js';
import { OccupancyCount } from './occupancy-count.entity.js';
import type { FindingInput, MeasureInput, OccupancyInput } from './operations.dto.js';

/** Who and what new items belong to. */
export interface ItemContext {
  operationId: string;
  propertyId: string;
  building: BuildingCopies;
  agencyCode: string;
  amendmentId: string | null;
  at: Date;
}

/** Answers 400 with every field error at once, in the same shape as the validation pipe. */
export function throwIfInvalid(errors: FieldError[]): void {
  if (errors.length === 0) return;
  const fields = [...new Set(errors.map((e) => e.field))];
  throw badRequest('validation_failed', `Invalid input in: ${fields.join(', ')}.`, errors);
}

export function checkVisitDate(field: string, date: string, today: string): FieldError[] {
  return date > today ? [fieldError(field, 'notInFuture', `${field} must not be after today (${today})`)] : [];
}

export function checkOccupancyCounts(
  prefix: string,
  counts: readonly OccupancyInput[],
  today: string,
  unitsInUse: ReadonlySet<string> = new Set(),
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set(unitsInUse);
  counts.forEach((count, i) => {
    const at = `${prefix}[${i}]`;
    if (count.childrenFound > count.personsFound)
      errors.push(fieldError(`${at}.childrenFound`, 'notAbovePersonsFound', 'childrenFound must not exceed personsFound'));
    if (count.registerExtractDate) errors.push(...checkVisitDate(`${at}.registerExtractDate`, count.registerExtractDate, today));
    if (count.unitId) {
      if (seen.has(count.unitId)) errors.push(fieldError(`${at}.unitId`, 'oneCountPerUnit', 'this unit already has an occupancy count in the operation'));
      seen.add(count.unitId);
    }
  });
  return errors;
}

export function checkMeasures(prefix: string, measures: readonly MeasureInput[], today: string): FieldError[] {
  const errors: FieldError[] = [];
  measures.forEach((measure, i) => {
    const at = `${prefix}[${i}]`;
    errors.push(...checkVisitDate(`${at}.date`, measure.date, today));
    if (measure.deadline && measure.deadline < measure.date)
      errors.push(fieldError(`${at}.deadline`, 'notBeforeDate', 'deadline must not be before the measure date'));
  });
  return errors;
}

/** Agencies must be active taskforce members of the catalogue. */
export async function checkAgencies(manager: EntityManager, field: string, codes: readonly string[]): Promise<FieldError[]> {
  if (codes.length === 0) return [];
  const found = await manager.getRepository(Agency).find({ where: { code: In([...codes]) }, select: { code: true, taskforce: true, active: true } });
  const usable = new Set(found.filter((a) => a.taskforce && a.active).map((a) => a.code));
  const unknown = codes.filter((code) => !usable.has(code));
  return unknown.length ? [fieldError(field, 'unknownAgency', `unknown or non-taskforce agency: ${unknown.join(', ')}`)] : [];
}

/** Every referenced unit must belong to the operation's property; answers the units found for defaults. */
export async function checkUnits(
  manager: EntityManager,
  propertyId: string,
  refs: ReadonlyArray<{ field: string; unitId: string | null | undefined }>,
): Promise<{ errors: FieldError[]; units: Map<string, Unit> }> {
  const ids = [...new Set(refs.map((r) => r.unitId).filter((id): id is string => !!id))];
  const found = ids.length ? await manager.getRepository(Unit).find({ where: { id: In(ids), propertyId } }) : [];
  const units = new Map(found.map((u) => [u.id, u]));
  const errors = refs
    .filter((r) => r.unitId && !units.has(r.unitId))
    .map((r) => fieldError(r.field, 'unitNotInProperty', 'unitId must be a unit of the same property'));
  return { errors, units };
}

export function unitRefs(prefix: string, items: ReadonlyArray<{ unitId?: string | null }>) {
  return items.map((item, i) => ({ field: `${prefix}[${i}].unitId`, unitId: item.unitId }));
}

// Each item is one millisecond later than the one before, so reading them back by time keeps the order they were given in.
const nth = (ctx: ItemContext, i: number) => new Date(ctx.at.getTime() + i);

export function newFindings(inputs: readonly FindingInput[], ctx: ItemContext): Finding[] {
  return inputs.map((input, i) =>
    Object.assign(new Finding(), {
      id: randomUUID(),
      operationId: ctx.operationId,
      unitId: input.unitId ?? null,
      category: input.category,
      severity: input.severity,
      description: input.description,
      agencyCode: ctx.agencyCode,
      visibility: input.visibility,
      addedByAmendmentId: ctx.amendmentId,
      withdrawnByAmendmentId: null,
      createdAt: nth(ctx, i),
    }),
  );
}

export function newOccupancyCounts(inputs: readonly OccupancyInput[], ctx: ItemContext, units: ReadonlyMap<string, Unit>): OccupancyCount[] {
  return inputs.map((input, i) => {
    const unit = input.unitId ? units.get(input.unitId) : undefined;
    return Object.assign(new OccupancyCount(), {
      id: randomUUID(),
      operationId: ctx.operationId,
      unitId: input.unitId ?? null,
      personsFound: input.personsFound,
      childrenFound: input.childrenFound,
      personsRegistered: input.personsRegistered ?? null,
      registerExtractDate: input.registerExtractDate ?? null,
      // The unit's recorded size and type apply unless the inspector measured otherwise.
      livingSpaceM2: input.livingSpaceM2 ?? unit?.livingSpaceM2 ?? null,
      singleRoomSharedFacilities: input.singleRoomSharedFacilities ?? unit?.singleRoomSharedFacilities ?? false,
      agencyCode: ctx.agencyCode,
      addedByAmendmentId: ctx.amendmentId,
      withdrawnByAmendmentId: null,
      createdAt: nth(ctx, i),
    });
  });
}

export function newMeasures(inputs: readonly MeasureInput[], ctx: ItemContext): Measure[] {
  return inputs.map((input, i) =>
    Object.assign(new Measure(), {
      id: randomUUID(),
      propertyId: ctx.propertyId,
      ...buildingCopies(ctx.building),
      operationId: ctx.operationId,
      type: input.type,
      agencyCode: ctx.agencyCode,
      legalBasis: input.legalBasis ?? null,
      date: input.date,
      deadline: input.deadline ?? null,
      state: 'open' as const,
      personsCount: input.personsCount ?? null,
      description: input.description ?? null,
      descriptionVisibility: input.descriptionVisibility ?? 'taskforce',
      visibility: input.visibility,
      stateNote: null,
      stateNoteVisibility: 'taskforce' as const,
      stateNoteAgencyCode: null,
      stateChangedBy: null,
      stateChangedAt: null,
      addedByAmendmentId: ctx.amendmentId,
      withdrawnByAmendmentId: null,
      createdAt: nth(ctx, i),
      updatedAt: nth(ctx, i),
      version: 1,
    }),
  );
}
