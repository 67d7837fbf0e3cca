import { randomUUID } from 'node:crypto';
import { bbox } from '@turf/bbox';
import type { DistrictImportReportDto, DistrictImportWarningDto, ImportedDistrictDto, RemovedDistrictDto } from './districts.dto.js';
import type { District, DistrictLevel } from './district.entity.js';
import type { CheckedDistrictFeature } from './district-features.js';
import { locateIn } from './districts.service.js';

/** Where a building stands and which districts it is in now. */
export interface BuildingPlace {
  id: string;
  lat: number;
  lon: number;
  districtId: string | null;
  subdistrictId: string | null;
}

export interface DistrictMove {
  id: string;
  districtId: string | null;
  subdistrictId: string | null;
  /** The Stadtbezirk changes, so the copies on the building's records move too. */
  bezirkChanged: boolean;
}

export interface DistrictImportPlan {
  upserts: Array<{ row: District; change: ImportedDistrictDto['change'] }>;
  removed: District[];
  moves: DistrictMove[];
  report: Omit<DistrictImportReportDto, 'dryRun' | 'crs' | 'sha256'>;
}

/**
 * What replacing a city's districts of the file's levels does: the rows written (same code, same id), the
 * districts gone, and every building's districts re-derived from its position. Where a position lies in no new
 * outline of a level, the building keeps its district of that level if the file keeps it.
 */
export function planDistrictImport(
  city: { ags: string; name: string },
  existing: readonly District[],
  buildings: readonly BuildingPlace[],
  features: readonly CheckedDistrictFeature[],
  attribution: string,
): DistrictImportPlan {
  const levels: DistrictLevel[] = [...new Set(features.map((f) => f.level))].sort();
  const replaced = (d: District) => levels.includes(d.level);
  const previous = new Map(existing.filter(replaced).map((d) => [d.code, d]));
  const upserts = features.map((f) => {
    const old = previous.get(f.code);
    const [minLon, minLat, maxLon, maxLat] = bbox(f.geometry);
    const row: District = { id: old?.id ?? randomUUID(), city: city.name, cityAgs: city.ags, ...f, minLon, minLat, maxLon, maxLat, attribution };
    return { row, change: !old ? ('new' as const) : sameDistrict(old, row) ? ('unchanged' as const) : ('changed' as const) };
  });
  const codes = new Set(features.map((f) => f.code));
  const removed = existing.filter((d) => replaced(d) && !codes.has(d.code));
  const next = [...existing.filter((d) => !replaced(d)), ...upserts.map((u) => u.row)];
  const nextIds = new Set(next.map((d) => d.id));
  const inside = new Map<string, number>();
  const count = (id: string | null) => id && inside.set(id, (inside.get(id) ?? 0) + 1);
  const moves: DistrictMove[] = [];
  let outside = 0;
  for (const b of buildings) {
    const { bezirk, ortsteil } = locateIn(next, b.lat, b.lon, city.ags);
    const districtId = bezirk?.id ?? (b.districtId && nextIds.has(b.districtId) ? b.districtId : null);
    const subdistrictId = ortsteil?.id ?? (b.subdistrictId && nextIds.has(b.subdistrictId) ? b.subdistrictId : null);
    if (districtId !== b.districtId || subdistrictId !== b.subdistrictId) {
      moves.push({ id: b.id, districtId, subdistrictId, bezirkChanged: districtId !== b.districtId });
    }
    count(districtId);
    count(subdistrictId);
    if (!districtId) outside += 1;
  }
  const before = new Map<string, number>();
  for (const b of buildings) for (const id of [b.districtId, b.subdistrictId]) if (id) before.set(id, (before.get(id) ?? 0) + 1);
  const bezirkCodes = new Set(next.filter((d) => d.level === 'bezirk').map((d) => d.code));
  const warnings: DistrictImportWarningDto[] = features.flatMap((f, index) =>
    f.level === 'ortsteil' && f.parentCode && !bezirkCodes.has(f.parentCode)
      ? [
          {
            field: `features[${index}]`,
            code: 'unknownParent' as const,
            message: `Ortsteil ${f.code} ${f.name} names Stadtbezirk ${f.parentCode}, which the city does not have.`,
          },
        ]
      : [],
  );
  return {
    upserts,
    removed,
    moves,
    report: {
      cityAgs: city.ags,
      city: city.name,
      levels,
      districts: upserts.map(({ row, change }) => ({
        code: row.code,
        name: row.name,
        level: row.level,
        parentCode: row.parentCode,
        change,
        properties: inside.get(row.id) ?? 0,
      })),
      removed: removed.map((d): RemovedDistrictDto => ({ code: d.code, name: d.name, level: d.level, properties: before.get(d.id) ?? 0 })),
      properties: buildings.length,
      moved: moves.length,
      outside,
      warnings,
      attribution,
    },
  };
}

function sameDistrict(a: District, b: District): boolean {
  return (
    a.name === b.name &&
    a.level === b.level &&
    a.parentCode === b.parentCode &&
    a.attribution === b.attribution &&
    JSON.stringify(a.geometry) === JSON.stringify(b.geometry)
  );
}
