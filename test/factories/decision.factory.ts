import { randomUUID } from 'node:crypto';
import { Decision } from '../../src/decisions/decision.entity.js';
import { buildingCopies, loadPropertyHistory, projectBuildingFile } from '../../src/properties/property-history.js';
import { checkDecision, type DecisionRefusal } from '../../src/properties/property-status.js';
import type { Property } from '../../src/properties/property.entity.js';
import type { DecisionType } from '../../src/properties/status-catalogue.js';
import type { TestApp } from '../helpers/test-app.js';
import { lockedBuilding, makeOperation, type OperationSpec } from './operation.factory.js';

/** The visit each refused precondition asks for, filed on the decision's day. */
const VISIT_FOR: Partial<Record<DecisionRefusal, OperationSpec>> = {
  declaration_requires_serious_finding: { kind: 'joint_inspection', findings: [{ severity: 'major' }] },
  lifting_requires_acceptance_inspection: { kind: 'acceptance_inspection', findings: [{ severity: 'minor' }] },
};

export interface DecisionSpec {
  type: DecisionType;
  effectiveDate: string;
  personsAffected?: number | null;
  childrenAffected?: number | null;
  shelter?: number | null;
  owner?: number | null;
  self?: number | null;
  unknown?: number | null;
}

/**
 * Records a decision the status rule allows, as the decisions route would. A decision whose precondition needs a
 * visit (a serious finding, an acceptance inspection) gets that visit on its day; any other refusal fails the test.
 */
export async function makeDecision(t: TestApp, property: Pick<Property, 'id'>, spec: DecisionSpec): Promise<Decision> {
  const refusal = await t.dataSource.transaction(async (manager) => {
    const building = await lockedBuilding(manager, property.id);
    const history = await loadPropertyHistory(manager, building);
    const check = checkDecision(history, { type: spec.type, effectiveDate: spec.effectiveDate });
    if (!check.ok) return check;
    const decision = Object.assign(new Decision(), {
      id: randomUUID(),
      propertyId: property.id,
      ...buildingCopies(building),
      type: spec.type,
      effectiveDate: spec.effectiveDate,
      fileReference: null,
      legalBasis: null,
      reason: null,
      personsAffected: spec.personsAffected ?? null,
      childrenAffected: spec.childrenAffected ?? null,
      rehousedShelter: spec.shelter ?? null,
      rehousedOwner: spec.owner ?? null,
      rehousedSelf: spec.self ?? null,
      rehousedUnknown: spec.unknown ?? null,
      statusBefore: building.status,
      statusAfter: check.statusAfter,
      decidedBy: randomUUID(),
      agencyCode: 'ordnungsamt',
      createdAt: new Date(),
    });
    await manager.getRepository(Decision).insert(decision);
    await projectBuildingFile(manager, property.id);
    return decision;
  });
  if (refusal instanceof Decision) return refusal;
  const visit = VISIT_FOR[refusal.code];
  if (!visit) throw new Error(`test data: ${spec.type} on ${spec.effectiveDate} refused: ${refusal.reason}`);
  await makeOperation(t, property, { ...visit, date: spec.effectiveDate });
  return makeDecision(t, property, spec);
}
