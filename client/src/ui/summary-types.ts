import type { PropertyStatus } from '../api-types';

/** GET /api/v1/summaries (JSON), as SummaryDto documents it. */

export interface SummaryQuery {
  from: string;
  to: string;
  district?: string | null;
}

export interface SummaryCell {
  value: number | null;
  display: string;
  suppressed: 'primary' | 'secondary' | null;
  previous: number | null;
  previousDisplay: string;
  previousSuppressed: 'primary' | 'secondary' | null;
  change: number | null;
  changeDisplay: string;
}

export interface SummaryRow {
  districtId: string | null;
  label: string;
  total: boolean;
  cells: Record<string, SummaryCell>;
}

export interface SummaryFigure {
  key: string;
  topic: string;
  label: string;
  unit: string;
  person: boolean;
  decimals: number;
  definition: string;
}

export interface QuarterPoint {
  quarter: string;
  declared: number;
  relet: number;
}

export interface Choropleth {
  width: number;
  height: number;
  caption: string;
  attribution: string;
  classes: Array<{ min: number; max: number; colour: string }>;
  districts: Array<{ districtId: string; label: string; path: string; labelAt: [number, number]; value: number; colour: string }>;
}

export interface Summary {
  title: string;
  city: string | null;
  period: { from: string; to: string; days: number };
  previousPeriod: { from: string; to: string };
  district: { id: string; name: string } | null;
  generatedAt: string;
  demoData: boolean;
  topics: Array<{ key: string; title: string; figureKeys: string[] }>;
  figures: SummaryFigure[];
  rows: SummaryRow[];
  charts: {
    statusBars: Array<{ districtId: string | null; label: string; counts: Record<PropertyStatus, number> }>;
    quarterly: QuarterPoint[];
    choropleth: Choropleth;
    statuses: Array<{ status: PropertyStatus; colour: string; labelDe: string }>;
  };
  method: {
    period: string;
    previousPeriod: string;
    dataAsOf: string;
    dataAsOfText: string;
    sources: string;
    visibilityRule: string;
    suppressionRule: string;
    minCell: number;
    definitions: Array<{ key: string; label: string; definition: string }>;
    fingerprint: string;
    fingerprintMethod: string;
  };
}
