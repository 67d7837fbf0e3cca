/** The map filters other than status; status is applied when clustering, so one point set serves every status choice. */
export interface PointFilters {
  district: string | null;
  agency: string | null;
  from: string | null;
  to: string | null;
  openMeasures: boolean;
  overThreshold: boolean;
  addressUnmatched: boolean;
}

export function usesCaseData(f: PointFilters): boolean {
  return f.agency !== null || f.from !== null || f.to !== null || f.openMeasures || f.overThreshold;
}

/** Cache key of a point set; measures hidden from other agencies make "open measures" depend on the viewer's agency. */
export function pointSetKey(f: PointFilters, viewer: { agencyCode: string; cityAgs: string | null }): string {
  return JSON.stringify([
    viewer.cityAgs,
    f.district,
    f.agency,
    f.from,
    f.to,
    f.openMeasures,
    f.overThreshold,
    f.addressUnmatched,
    f.openMeasures ? viewer.agencyCode : null,
  ]);
}
