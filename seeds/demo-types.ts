import type { OfficialAddress } from '../src/addresses/official-address.entity.js';
import type { Decision } from '../src/decisions/decision.entity.js';
import type { Amendment } from '../src/operations/amendment.entity.js';
import type { Finding } from '../src/operations/finding.entity.js';
import type { Measure } from '../src/operations/measure.entity.js';
import type { OccupancyCount } from '../src/operations/occupancy-count.entity.js';
import type { OperationAgency } from '../src/operations/operation-agency.entity.js';
import type { Operation } from '../src/operations/operation.entity.js';
import type { Party } from '../src/parties/party.entity.js';
import type { PropertyParty } from '../src/parties/property-party.entity.js';
import type { PropertyStatusPeriod } from '../src/properties/property-status-period.entity.js';
import type { Property } from '../src/properties/property.entity.js';
import type { Unit } from '../src/properties/unit.entity.js';

/** Rows as they are inserted: the entity columns without the relation objects. */
export type PropertyRow = Omit<Property, 'district' | 'subdistrict'>;
export type PropertyStatusPeriodRow = Omit<PropertyStatusPeriod, 'property'>;
export type UnitRow = Omit<Unit, 'property'>;
export type PartyRow = Party;
export type PropertyPartyRow = Omit<PropertyParty, 'property' | 'party'>;
export type OperationRow = Omit<Operation, 'property'>;
export type OperationAgencyRow = Omit<OperationAgency, 'operation' | 'agency'>;
export type AmendmentRow = Omit<Amendment, 'operation'>;
export type FindingRow = Omit<Finding, 'operation' | 'unit'>;
export type OccupancyRow = Omit<OccupancyCount, 'operation' | 'unit'>;
export type MeasureRow = Omit<Measure, 'property' | 'operation'>;
export type DecisionRow = Omit<Decision, 'property'>;

export interface DemoDataSet {
  officialAddresses: OfficialAddress[];
  properties: PropertyRow[];
  statusPeriods: PropertyStatusPeriodRow[];
  units: UnitRow[];
  parties: PartyRow[];
  propertyParties: PropertyPartyRow[];
  operations: OperationRow[];
  operationAgencies: OperationAgencyRow[];
  amendments: AmendmentRow[];
  findings: FindingRow[];
  occupancyCounts: OccupancyRow[];
  measures: MeasureRow[];
  decisions: DecisionRow[];
}

export function emptyDataSet(): DemoDataSet {
  return {
    officialAddresses: [],
    properties: [],
    statusPeriods: [],
    units: [],
    parties: [],
    propertyParties: [],
    operations: [],
    operationAgencies: [],
    amendments: [],
    findings: [],
    occupancyCounts: [],
    measures: [],
    decisions: [],
  };
}

/** Ids of the demo users who file operations and take decisions. */
export interface DemoActors {
  inspector: string;
  bauaufsicht: string;
  jugendamt: string;
  lead: string;
}

/** Timestamps on a given day that keep their recording order (decisions of one day are replayed by createdAt). */
export class Clock {
  private tick = 0;

  at(date: string, hour: number): Date {
    this.tick += 1;
    return new Date(Date.parse(`${date}T00:00:00.000Z`) + hour * 3_600_000 + this.tick);
  }
}
