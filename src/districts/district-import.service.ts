import { createHash, randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CitiesService } from '../cities/cities.service.js';
import { badRequest, fieldError, ProblemException, type FieldError } from '../common/problem.js';
import { isUploadStream, mediaType, readUpload } from '../common/uploads.js';
import { AppConfig } from '../config/app-config.js';
import { MetaService } from '../database/meta.service.js';
import { WriteQueue } from '../database/write-queue.js';
import { Property } from '../properties/property.entity.js';
import { moveDistrictCopiesOf } from '../properties/property-history.js';
import { toWgs84, type CrsCode } from '../common/crs.js';
import { District } from './district.entity.js';
import { checkDistrictFeature, mappedFeature, outlineErrors, type CheckedDistrictFeature, type FieldMapping } from './district-features.js';
import { planDistrictImport, type DistrictImportPlan } from './district-import-plan.js';
import { DISTRICT_UPLOAD_TYPES, readDistrictUpload, type UploadedLayer } from './district-upload.js';
import type { DistrictImportQueryDto, DistrictImportReportDto } from './districts.dto.js';
import { DISTRICTS_VERSION_KEY } from './districts.service.js';

/** Field errors reported at most per upload: enough to fix a file, never an answer of megabytes. */
const MAX_REPORTED_ERRORS = 50;
// Buildings per UPDATE statement.
const MOVE_CHUNK = 500;

@Injectable()
export class DistrictImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly cities: CitiesService,
    private readonly meta: MetaService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Replaces a city's districts of the levels in the uploaded file and re-derives every building's district; `dryRun` only answers the plan. */
  async import(user: AuthUser, query: DistrictImportQueryDto, body: unknown, contentType: string | undefined): Promise<DistrictImportReportDto> {
    assertPermission(user, 'district:manage');
    const type = DISTRICT_UPLOAD_TYPES[mediaType(contentType) as keyof typeof DISTRICT_UPLOAD_TYPES];
    if (!type || !isUploadStream(body)) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type', 'Send the file as application/geo+json or application/zip.');
    }
    const city = await this.cities.actingCity(user, 'city', query.city);
    const file = await readUpload(body, this.config.uploadLimitBytes);
    const layers = readDistrictUpload(file, type);
    const crs = chosenCrs(layers, query.crs);
    const features = checkedFeatures(layers, mappingOf(query), crs);
    const upload = { crs, sha256: createHash('sha256').update(file).digest('hex') };
    const plan = (manager: EntityManager) => this.plan(manager, city, features, query.attribution);
    if (query.dryRun === 'true') return { dryRun: true, ...upload, ...(await plan(this.dataSource.manager)).report };
    return this.writes.run(async (manager) => {
      if (manager.connection.options.type === 'postgres') {
        // Building writes wait until the outlines and every building's district have changed together.
        await manager.query('LOCK TABLE properties IN EXCLUSIVE MODE');
      }
      const planned = await plan(manager);
      await applyPlan(manager, planned);
      await this.meta.set(manager, DISTRICTS_VERSION_KEY, randomUUID());
      const { report } = planned;
      const changes = (change: string) => report.districts.filter((d) => d.change === change).map((d) => d.code);
      await this.audit.append(manager, user, {
        action: 'districts_imported',
        entity: 'city',
        entityId: city.ags,
        payload: {
          ...upload,
          levels: report.levels,
          attribution: report.attribution,
          added: changes('new'),
          changed: changes('changed'),
          removed: report.removed.map((d) => d.code),
          moved: report.moved,
          outside: report.outside,
        },
      });
      return { dryRun: false, ...upload, ...report };
    });
  }

  private async plan(
    manager: EntityManager,
    city: { ags: string; name: string },
    features: CheckedDistrictFeature[],
    attribution: string,
  ): Promise<DistrictImportPlan> {
    const existing = await manager.getRepository(District).find({ where: { cityAgs: city.ags }, order: { code: 'ASC' } });
    const taken = features.flatMap((f, index): FieldError[] => {
      const other = existing.find((d) => d.code === f.code && !features.some((g) => g.level === d.level));
      return other
        ? [
            fieldError(
              `features[${index}].properties.code`,
              'duplicateCode',
              `code ${f.code} belongs to the ${other.level} ${other.name}, which the file does not replace`,
            ),
          ]
        : [];
    });
    if (taken.length) throw invalidFeatures(taken);
    const buildings = await manager.getRepository(Property).find({
      where: { cityAgs: city.ags },
      select: { id: true, lat: true, lon: true, districtId: true, subdistrictId: true },
      order: { id: 'ASC' },
    });
    return planDistrictImport(city, existing, buildings, features, attribution);
  }
}

/** The reference system the coordinates are in: the one the file declares, else the one asked for. */
function chosenCrs(layers: readonly UploadedLayer[], asked: CrsCode | undefined): CrsCode {
  const refuse = (code: 'crsConflict' | 'crsRequired', message: string) =>
    badRequest('validation_failed', `crs: ${message}.`, [fieldError('crs', code, message)]);
  const unknown = layers.find((l) => l.unknownCrs);
  if (unknown && !asked)
    throw refuse('crsRequired', `${unknown.name} declares a coordinate system this import does not read (${unknown.unknownCrs}); name its EPSG code`);
  const declared = [...new Set(layers.map((l) => l.declaredCrs).filter((c): c is CrsCode => c !== null))];
  if (declared.length > 1) throw refuse('crsConflict', `the layers declare different coordinate systems (EPSG:${declared.join(', EPSG:')})`);
  if (asked && declared[0] && declared[0] !== asked) throw refuse('crsConflict', `the file declares EPSG:${declared[0]}, not EPSG:${asked}`);
  const implied = [...new Set(layers.map((l) => l.impliedCrs))];
  const crs = declared[0] ?? asked ?? (implied.length === 1 ? implied[0] : null);
  if (!crs) throw refuse('crsRequired', 'the file does not declare its coordinate system; name its EPSG code (4326, 25832, 4647, 31466 or 31467)');
  return crs;
}

function mappingOf(query: DistrictImportQueryDto): FieldMapping {
  return {
    code: query.codeField ?? 'code',
    name: query.nameField ?? 'name',
    level: query.levelField ?? 'level',
    parent: query.parentField ?? 'parent',
    fixedLevel: query.level,
  };
}

/** Every feature mapped, transformed and checked; all problems found are answered together, up to a limit. */
function checkedFeatures(layers: readonly UploadedLayer[], mapping: FieldMapping, crs: CrsCode): CheckedDistrictFeature[] {
  const convert = toWgs84(crs);
  const raw = layers.flatMap((l) => l.features);
  if (raw.length === 0) throw invalidFeatures([fieldError('file', 'invalidFile', 'the file holds no features')]);
  const errors: FieldError[] = [];
  const checked: CheckedDistrictFeature[] = [];
  const seen = new Map<string, number>();
  for (const [index, feature] of raw.entries()) {
    if (errors.length >= MAX_REPORTED_ERRORS) break;
    try {
      const f = checkDistrictFeature(mappedFeature(feature, mapping, convert), index);
      const first = seen.get(f.code);
      if (first !== undefined)
        errors.push(fieldError(`features[${index}].properties.code`, 'duplicateCode', `code ${f.code} is also that of feature ${first}`));
      seen.set(f.code, index);
      errors.push(...outlineErrors(f, index, crs));
      checked.push(f);
    } catch (error) {
      const fieldErrors = error instanceof ProblemException ? (error.getResponse() as { errors?: FieldError[] }).errors : undefined;
      if (!fieldErrors) throw error;
      errors.push(...fieldErrors);
    }
  }
  if (errors.length) throw invalidFeatures(errors.slice(0, MAX_REPORTED_ERRORS));
  return checked;
}

const invalidFeatures = (errors: FieldError[]) =>
  badRequest('invalid_district_feature', `The file has ${errors.length} problem(s); nothing was imported. First: ${errors[0].message}.`, errors);

/** Writes the plan: the outlines first (the buildings point to them), the buildings and their copies, the removed outlines last. */
async function applyPlan(manager: EntityManager, plan: DistrictImportPlan): Promise<void> {
  const districts = manager.getRepository(District);
  for (const { row, change } of plan.upserts) {
    if (change === 'new') await districts.insert(row);
    else if (change === 'changed') await districts.update({ id: row.id }, row);
  }
  const groups = new Map<string, typeof plan.moves>();
  for (const move of plan.moves) {
    const key = `${move.districtId}|${move.subdistrictId}`;
    const group = groups.get(key) ?? [];
    group.push(move);
    groups.set(key, group);
  }
  for (const moves of groups.values()) {
    const { districtId, subdistrictId } = moves[0];
    for (let i = 0; i < moves.length; i += MOVE_CHUNK) {
      await manager.getRepository(Property).update({ id: In(moves.slice(i, i + MOVE_CHUNK).map((m) => m.id)) }, { districtId, subdistrictId });
    }
    await moveDistrictCopiesOf(
      manager,
      moves.filter((m) => m.bezirkChanged).map((m) => m.id),
      districtId,
    );
  }
  if (plan.removed.length) await districts.delete({ id: In(plan.removed.map((d) => d.id)) });
}
