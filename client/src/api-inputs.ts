import type { DecisionType, Severity, Visibility } from './api-types';

/** What the client sends: the catalogues of allowed values and the request bodies, as the server validates them. */

export { FINDING_CATEGORIES, MEASURE_TYPES, OPERATION_KINDS, OPERATION_TRIGGERS, SEVERITIES, VISIBILITIES } from '../../src/operations/catalogues.js';

export interface FindingInput {
  unitId?: string | null;
  category: string;
  severity: Severity;
  description: string;
  visibility: Visibility;
}

export interface OccupancyInput {
  unitId?: string | null;
  personsFound: number;
  childrenFound: number;
  personsRegistered?: number | null;
  registerExtractDate?: string | null;
  livingSpaceM2?: number | null;
  singleRoomSharedFacilities?: boolean;
}

export interface MeasureInput {
  type: string;
  legalBasis?: string | null;
  date: string;
  deadline?: string | null;
  personsCount?: number | null;
  description?: string | null;
  visibility: Visibility;
}

export interface OperationInput {
  propertyId: string;
  kind: string;
  date: string;
  trigger: string;
  triggerSource?: string | null;
  interpreterPresent: boolean;
  agencyCodes: string[];
  unitsEntered: number;
  unitsNotAccessible: number;
  notes?: string | null;
  findings: FindingInput[];
  occupancyCounts: OccupancyInput[];
  measures: MeasureInput[];
}

/** Corrections of a submitted operation's own fields; `null` clears an optional text. */
export interface AmendmentChanges {
  date?: string;
  trigger?: string;
  triggerSource?: string | null;
  interpreterPresent?: boolean;
  unitsEntered?: number;
  unitsNotAccessible?: number;
  notes?: string | null;
}

/** A correction ("Nachtrag") of a submitted operation: the reason plus what changes, is added or is withdrawn. */
export interface AmendmentInput {
  reason: string;
  changes?: AmendmentChanges;
  addFindings?: FindingInput[];
  withdrawFindingIds?: string[];
  addOccupancyCounts?: OccupancyInput[];
  withdrawOccupancyCountIds?: string[];
  addMeasures?: MeasureInput[];
  withdrawMeasureIds?: string[];
}

export interface DecisionInput {
  type: DecisionType;
  effectiveDate: string;
  fileReference?: string;
  legalBasis?: string;
  reason?: string;
  personsAffected?: number;
  childrenAffected?: number;
  rehoused?: { shelter?: number; owner?: number; self?: number; unknown?: number };
}

export interface NewPropertyInput {
  street: string;
  houseNumber: string;
  houseNumberSuffix?: string;
  postcode: string;
  city: string;
  lat: number;
  lon: number;
  origin: string;
  note?: string;
}
