import { checkDecision, derivePropertyStatus, type DecisionFact, type OperationFact, type PropertyHistory } from '../src/properties/property-status.js';
import { buildingCopies } from '../src/properties/property-history.js';
import { fileOperation, type Building, type DemoContext, type FiledOperation, type OperationPlan } from './demo-operations.js';
import { declarationLaw, housingLaw } from './demo-texts.js';
import type { DecisionRow } from './demo-types.js';
import type { DecisionType } from '../src/properties/status-catalogue.js';

export interface DecisionDetails {
  reason: string;
  personsAffected?: number;
  childrenAffected?: number;
  rehoused?: { shelter: number; owner: number; self: number; unknown: number };
}

const FILE_PREFIX: Record<DecisionType, string> = {
  declare_uninhabitable: 'UE',
  renovation_started: 'WA',
  declaration_lifted: 'UE',
  relet: 'WA',
  close: 'TF',
  reopen: 'TF',
};

/**
 * One building's history as it is recorded: operations and decisions in date order. Every decision is
 * checked with the same rule the API applies, so the demo data never holds a history the API would refuse.
 */
export class PropertyTimeline {
  private readonly operations: OperationFact[] = [];
  private readonly decisions: DecisionFact[] = [];
  lastFiled: FiledOperation | null = null;
  lastDate: string;

  constructor(
    private readonly ctx: DemoContext,
    readonly building: Building,
  ) {
    this.lastDate = this.createdOn;
  }

  get createdOn(): string {
    return this.building.property.createdAt.toISOString().slice(0, 10);
  }

  file(plan: OperationPlan, date: string, draft = false): FiledOperation {
    const filed = fileOperation(this.ctx, this.building, plan, date, draft);
    if (!draft) this.operations.push(filed.fact);
    this.lastFiled = filed;
    this.lastDate = date;
    return filed;
  }

  decide(type: DecisionType, date: string, details: DecisionDetails): DecisionRow {
    // The operations on file when the decision was taken: those dated up to its effective date.
    const history: PropertyHistory = { createdOn: this.createdOn, operations: this.operations.filter((o) => o.date <= date), decisions: [...this.decisions] };
    const check = checkDecision(history, { type, effectiveDate: date });
    if (!check.ok)
      throw new Error(`demo data: "${type}" on ${date} refused for ${this.building.property.street} ${this.building.property.houseNumber}: ${check.code}`);
    const declaration = type === 'declare_uninhabitable';
    const year = date.slice(0, 4);
    const fileNumber = (this.ctx.fileNumbers.get(year) ?? 0) + 1;
    this.ctx.fileNumbers.set(year, fileNumber);
    const row: DecisionRow = {
      id: this.ctx.rng.uuid(),
      propertyId: this.building.property.id,
      ...buildingCopies(this.building.property),
      type,
      effectiveDate: date,
      fileReference: `32-${FILE_PREFIX[type]} ${year}/${String(fileNumber).padStart(4, '0')}`,
      legalBasis: declaration ? declarationLaw(date) : type === 'renovation_started' || type === 'declaration_lifted' ? housingLaw(date) : null,
      reason: details.reason,
      personsAffected: details.personsAffected ?? null,
      childrenAffected: details.childrenAffected ?? null,
      rehousedShelter: details.rehoused?.shelter ?? null,
      rehousedOwner: details.rehoused?.owner ?? null,
      rehousedSelf: details.rehoused?.self ?? null,
      rehousedUnknown: details.rehoused?.unknown ?? null,
      statusBefore: derivePropertyStatus(history).status,
      statusAfter: check.statusAfter,
      decidedBy: this.ctx.actors.lead,
      agencyCode: 'ordnungsamt',
      createdAt: this.ctx.clock.at(date, 13),
      importId: null,
    };
    this.ctx.data.decisions.push(row);
    this.decisions.push({ type, effectiveDate: date });
    this.lastDate = date;
    return row;
  }

  history(): PropertyHistory {
    return { createdOn: this.createdOn, operations: [...this.operations], decisions: [...this.decisions] };
  }
}
