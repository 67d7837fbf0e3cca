import type { MeasureType } from '../operations/measure.entity.js';
import type { OperationKind } from '../operations/operation.entity.js';
import type { DecisionType, PropertyStatus } from '../properties/status-catalogue.js';

/**
 * Everything a summary is computed from: aggregated rows and building-level events without addresses,
 * parties or free text. The fingerprint is taken over exactly this object.
 */
export interface SummaryInput {
  districts: DistrictRow[];
  agencies: AgencyRow[];
  /** Decisions effective up to the later `to`, with the building's district, in the order they were recorded. */
  decisions: DecisionRow[];
  current: PeriodAggregates;
  previous: PeriodAggregates;
}

export interface Period {
  from: string;
  to: string;
}

export interface DistrictRow {
  id: string;
  city: string;
  code: string;
  name: string;
}

export interface AgencyRow {
  code: string;
  name: string;
}

/** Buildings per district on the period's `to`: how many had each status that day (its status periods) and how many were ever visited. */
export interface BuildingCountRow {
  districtId: string | null;
  statuses: Record<PropertyStatus, number>;
  inspectedEver: number;
}

export interface DecisionRow {
  propertyId: string;
  districtId: string | null;
  type: DecisionType;
  effectiveDate: string;
}

/** GROUP BY district aggregates of one period. */
export interface PeriodAggregates extends Period {
  buildings: BuildingCountRow[];
  /** Submitted operations: how many of each kind, how many had an interpreter, agencies taking part in all, buildings visited. */
  operations: Array<{ districtId: string | null; kinds: Record<OperationKind, number>; withInterpreter: number; agencies: number; buildings: number }>;
  decisionPersons: Array<{ districtId: string | null; affected: number; children: number; shelter: number; owner: number; self: number }>;
  occupancy: Array<{ districtId: string | null; registered: number; found: number }>;
  measures: Array<{ districtId: string | null; type: MeasureType; agencyCode: string; count: number; persons: number }>;
  overdue: Array<{ districtId: string | null; count: number }>;
  /** The cell keys of the person figures: per district and figure, the sum of the contributing records' keys. */
  cellKeys: CellKeyRow[];
}

export interface CellKeyRow {
  districtId: string | null;
  figure: string;
  keySum: number;
}
