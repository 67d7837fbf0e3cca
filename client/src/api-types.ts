/** Response and request shapes of the Hausakte API (/api/v1), as the server documents them. */

export type PropertyStatus = 'suspected' | 'inspected' | 'uninhabitable' | 'renovation' | 'released' | 'relet' | 'closed';
export type DecisionType = 'declare_uninhabitable' | 'renovation_started' | 'declaration_lifted' | 'relet' | 'close' | 'reopen';
export type Role = 'inspector' | 'lead' | 'council' | 'admin';
export type Visibility = 'taskforce' | 'agency';
export type Severity = 'minor' | 'major' | 'danger';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string;
  permissions: string[];
}

export interface LoginResponse {
  accessToken: string;
  expiresIn: number;
  user: User;
}

export interface StatusStyle {
  status: PropertyStatus;
  colour: string;
  labelDe: string;
  labelEn: string;
}

export interface ClientConfig {
  demoData: boolean;
  tiles: { url: string | null; attribution: string; maxZoom: number };
  statuses: StatusStyle[];
  outlinesAttribution: string;
}

export interface MapFeatureProperties {
  cluster?: true;
  id?: string;
  label?: string;
  count?: number;
  counts?: Partial<Record<PropertyStatus, number>>;
  expansionZoom?: number;
  status: PropertyStatus;
  colour: string;
}

export interface MapFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: MapFeatureProperties;
}

export interface MapAnswer {
  type: 'FeatureCollection';
  features: MapFeature[];
  total: number;
  statusCounts: Record<PropertyStatus, number>;
  zoom: number;
  singlePointsFromZoom: number;
}

export interface DistrictFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: { id: string; city: string; code: string; name: string; level: 'bezirk' | 'ortsteil'; parentCode: string | null };
}

export interface DistrictCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
  attribution: string;
}

export interface DistrictCounts {
  id: string;
  code: string;
  name: string;
  city: string;
  counts: Record<PropertyStatus, number>;
  total: number;
}

export interface DistrictOverview {
  items: DistrictCounts[];
  withoutDistrict: Record<PropertyStatus, number>;
}

export interface Agency {
  code: string;
  name: string;
  nameEn: string;
  taskforce: boolean;
}

export interface Address {
  street: string;
  houseNumber: string;
  houseNumberSuffix: string | null;
  postcode: string;
  city: string;
  label: string;
}

export interface PropertySummary {
  id: string;
  address: Address;
  lat: number;
  lon: number;
  districtId: string | null;
  districtName: string | null;
  subdistrictId: string | null;
  subdistrictName: string | null;
  status: PropertyStatus;
  statusSince: string;
  statusColour: string;
  statusLabel: string;
}

export interface PropertyDetail extends PropertySummary {
  origin: string;
  note: string | null;
  allowedDecisions: DecisionType[];
  createdAt: string;
  updatedAt: string;
}

export interface PropertyPage {
  items: PropertySummary[];
  nextCursor: string | null;
}

export interface Unit {
  id: string;
  propertyId: string;
  label: string;
  livingSpaceM2: number | null;
  singleRoomSharedFacilities: boolean;
}

export interface PropertyPartyLink {
  linkId: string;
  role: string;
  validFrom: string | null;
  validTo: string | null;
  party: { id: string; kind: string; name: string; aliases: string[]; contactAddress: string | null };
}

export interface Finding {
  id: string;
  unitId: string | null;
  category: string;
  severity: Severity;
  description: string;
  agencyCode: string;
  visibility: Visibility;
  withdrawn: boolean;
  addedByAmendmentId: string | null;
  withdrawnByAmendmentId: string | null;
}

export interface Occupancy {
  id: string;
  unitId: string | null;
  personsFound: number;
  childrenFound: number;
  personsRegistered: number | null;
  registerExtractDate: string | null;
  livingSpaceM2: number | null;
  singleRoomSharedFacilities: boolean;
  withdrawn: boolean;
  addedByAmendmentId: string | null;
  withdrawnByAmendmentId: string | null;
  m2PerPerson: number | null;
  threshold: { minM2PerPerson: number; legalReference: string; validFrom: string };
  underThreshold: boolean | null;
}

export interface Measure {
  id: string;
  operationId: string;
  type: string;
  agencyCode: string;
  legalBasis: string | null;
  date: string;
  deadline: string | null;
  state: 'open' | 'done' | 'cancelled';
  personsCount: number | null;
  description: string | null;
  visibility: Visibility;
  withdrawn: boolean;
  addedByAmendmentId: string | null;
  withdrawnByAmendmentId: string | null;
}

export interface AmendmentItems {
  findingIds: string[];
  occupancyCountIds: string[];
  measureIds: string[];
}

export interface Amendment {
  id: string;
  operationId: string;
  seq: number;
  reason: string;
  /** Corrected fields of the operation as { field: { from, to } }. */
  changes: Record<string, { from: unknown; to: unknown }>;
  added: AmendmentItems;
  withdrawn: AmendmentItems;
  createdBy: string;
  agencyCode: string;
  createdAt: string;
}

export interface Operation {
  id: string;
  propertyId: string;
  kind: string;
  date: string;
  trigger: string;
  triggerSource: string | null;
  interpreterPresent: boolean;
  agencyCodes: string[];
  unitsEntered: number;
  unitsNotAccessible: number;
  notes: string | null;
  state: 'draft' | 'submitted';
  leadAgencyCode: string;
  createdBy: string;
  submittedAt: string | null;
  version: number;
  findings: Finding[];
  occupancyCounts: Occupancy[];
  measures: Measure[];
  amendments: Amendment[];
}

export interface Decision {
  id: string;
  propertyId: string;
  type: DecisionType;
  effectiveDate: string;
  fileReference: string | null;
  legalBasis: string | null;
  reason: string | null;
  personsAffected: number | null;
  childrenAffected: number | null;
  statusBefore?: PropertyStatus;
  statusAfter?: PropertyStatus;
}

export interface TimelineItem {
  kind: 'operation' | 'measure' | 'decision' | 'amendment';
  date: string;
  id: string;
  operation?: Operation;
  measure?: Measure;
  decision?: Decision;
  amendment?: Amendment;
}
