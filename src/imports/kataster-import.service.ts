import { createHash, randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { matchAddress, metresBetween, officialCandidates, type MatchedAddress } from '../addresses/address-match.js';
import { OfficialAddress } from '../addresses/official-address.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { City } from '../cities/city.entity.js';
import { CitiesService } from '../cities/cities.service.js';
import { assertCurrentVersion, checkIfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { today } from '../common/dates.js';
import { badRequest, conflict, fieldError, ProblemException } from '../common/problem.js';
import { isUploadStream, mediaType, readUpload } from '../common/uploads.js';
import { AppConfig } from '../config/app-config.js';
import { WriteQueue } from '../database/write-queue.js';
import { Decision } from '../decisions/decision.entity.js';
import { DistrictsService, type Locate } from '../districts/districts.service.js';
import { Party, type PartyKind } from '../parties/party.entity.js';
import { PropertyParty, type PartyRole } from '../parties/property-party.entity.js';
import { addressKey } from '../properties/address-key.js';
import { buildingCopies, newBuildingFile, projectBuildingFile } from '../properties/property-history.js';
import { Property } from '../properties/property.entity.js';
import { KatasterImport, type KatasterFormat } from './kataster-import.entity.js';
import { KatasterMappingRecord } from './kataster-mapping.entity.js';
import {
  headingKey,
  mappingProblems,
  readKatasterRow,
  suggestMapping,
  type Cell,
  type KatasterMapping,
  type KatasterRow,
  type RowProblem,
} from './kataster-rows.js';
import { KATASTER_UPLOAD_TYPES, readKatasterSheet, type KatasterSheet } from './kataster-sheet.js';
import {
  toKatasterImportDto,
  type KatasterCityQueryDto,
  type KatasterColumnsDto,
  type KatasterImportDto,
  type KatasterImportQueryDto,
  type KatasterImportReportDto,
  type KatasterMappingDto,
  type KatasterRowResultDto,
  type Placement,
  type SaveKatasterMappingDto,
} from './imports.dto.js';

/** Further apart than this, a row's own coordinates and its official point are worth a word: the official point is used. */
const COORDINATES_DIFFER_METRES = 25;
const RECENT_IMPORTS = 50;
const COMPANY =
  /\b(gmbh|mbh|ag|kg|ohg|gbr|ug|se|e\.\s?k\.|e\.\s?v\.|ltd|limited|s\.a\.r\.l|b\.v\.|holding|immobilien|verwaltung|hausverwaltung|wohnungsbau|genossenschaft)\b/i;

/** A building the import would create: where it stands and who is linked to it. */
interface NewBuilding {
  row: KatasterRow;
  id: string;
  address: { street: string; houseNumber: string; houseNumberSuffix: string | null };
  key: string;
  lat: number;
  lon: number;
  /** The gazetteer's verdict, known from the placing: the write need not ask again. */
  matched: MatchedAddress;
  districtId: string | null;
  subdistrictId: string | null;
  parties: Array<{ key: string; role: PartyRole }>;
}

interface KatasterPlan {
  results: KatasterRowResultDto[];
  problems: RowProblem[];
  buildings: NewBuilding[];
  /** Parties to create, by folded name. */
  newParties: Map<string, { id: string; name: string; kind: PartyKind }>;
  /** Every party a building links to, by folded name: existing ones and the new. */
  partyIds: Map<string, string>;
}

@Injectable()
export class KatasterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly cities: CitiesService,
    private readonly districts: DistrictsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async mapping(user: AuthUser, query: KatasterCityQueryDto): Promise<KatasterMappingDto> {
    assertPermission(user, 'kataster:import');
    const city = await this.cities.actingCity(user, 'city', query.city);
    return toMappingDto(city.ags, await this.dataSource.getRepository(KatasterMappingRecord).findOneBy({ cityAgs: city.ags }));
  }

  /** Saves the city's columns; a change to saved ones needs their ETag, so two people choosing at once cannot overwrite each other unseen. */
  async saveMapping(user: AuthUser, query: KatasterCityQueryDto, dto: SaveKatasterMappingDto, ifMatch: IfMatchHeader): Promise<KatasterMappingDto> {
    assertPermission(user, 'kataster:import');
    const city = await this.cities.actingCity(user, 'city', query.city);
    const mapping = Object.fromEntries(Object.entries(dto.columns).filter(([, v]) => typeof v === 'string')) as KatasterMapping;
    const twice = mappingProblems(mapping, null);
    if (twice.length)
      throw badRequest(
        'validation_failed',
        twice[0].message,
        twice.map((p) => fieldError(`columns.${p.field}`, 'columnUsedTwice', p.message)),
      );
    return this.writes.run(async (manager) => {
      const repository = manager.getRepository(KatasterMappingRecord);
      const before = await repository.findOne({
        where: { cityAgs: city.ags },
        ...(manager.connection.options.type === 'postgres' && { lock: { mode: 'pessimistic_write' as const } }),
      });
      // Before the first save If-Match may be left out; "0" says the client saw none.
      if (before || ifMatch !== undefined) checkIfMatch(ifMatch, before?.version ?? 0);
      const record: KatasterMappingRecord = { cityAgs: city.ags, mapping, updatedBy: user.id, updatedAt: new Date(), version: (before?.version ?? 0) + 1 };
      if (before) await repository.update({ cityAgs: city.ags }, record);
      else
        await repository.insert(record).catch((error: unknown) => {
          // The first save of another request came first: this one was chosen without seeing it.
          if (error instanceof QueryFailedError) assertCurrentVersion(1, [0]);
          throw error;
        });
      await this.audit.append(manager, user, {
        action: 'kataster_mapping_saved',
        entity: 'city',
        entityId: city.ags,
        payload: { from: before?.mapping ?? null, to: mapping, version: record.version },
      });
      return toMappingDto(city.ags, record);
    });
  }

  async list(user: AuthUser, query: KatasterCityQueryDto): Promise<KatasterImportDto[]> {
    assertPermission(user, 'kataster:import');
    const city = await this.cities.actingCity(user, 'city', query.city);
    const records = await this.dataSource
      .getRepository(KatasterImport)
      .find({ where: { cityAgs: city.ags }, order: { createdAt: 'DESC', id: 'ASC' }, take: RECENT_IMPORTS });
    return records.map(toKatasterImportDto);
  }

  /**
   * Reads a city's Kataster spreadsheet through its saved columns and creates, through the building-file core, a
   * building for each row whose address is not in Hausakte yet, with its owner, manager and dated decisions. A dry
   * run answers the same report and writes nothing; a file imported before creates nothing again.
   */
  async import(user: AuthUser, query: KatasterImportQueryDto, body: unknown, contentType: string | undefined): Promise<KatasterImportReportDto> {
    assertPermission(user, 'kataster:import');
    const format: KatasterFormat | undefined = KATASTER_UPLOAD_TYPES[mediaType(contentType) as keyof typeof KATASTER_UPLOAD_TYPES];
    if (!format || !isUploadStream(body)) {
      throw new ProblemException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'unsupported_media_type',
        `Send the sheet as ${Object.keys(KATASTER_UPLOAD_TYPES).join(' or ')}.`,
      );
    }
    const city = await this.cities.actingCity(user, 'city', query.city);
    const file = await readUpload(body, this.config.uploadLimitBytes);
    const sha256 = createHash('sha256').update(file).digest('hex');
    const sheet = await readKatasterSheet(file, format, query.sheet);
    const saved = await this.dataSource.getRepository(KatasterMappingRecord).findOneBy({ cityAgs: city.ags });
    const mapping = saved?.mapping ?? suggestMapping(sheet.headings);
    const upload = { sha256, format, sheet: sheet.sheet, headings: sheet.headings, columns: mapping as KatasterColumnsDto, columnsSaved: saved !== null };
    const unusable = mappingProblems(mapping, sheet.headings);
    const earlier = (manager: EntityManager) => manager.getRepository(KatasterImport).findOneBy({ cityAgs: city.ags, sha256 });

    if (query.dryRun === 'true') {
      if (unusable.length) return { dryRun: true, importId: null, alreadyImported: false, ...upload, ...counts(emptyPlan(), sheet), problems: unusable };
      const plan = await this.plan(this.dataSource.manager, await this.districts.locator(), city, sheet, mapping);
      const before = await earlier(this.dataSource.manager);
      return { dryRun: true, importId: before?.id ?? null, alreadyImported: before !== null, ...upload, ...counts(plan, sheet), problems: plan.problems };
    }
    if (!saved) {
      throw conflict(
        'kataster_mapping_not_saved',
        'Save the columns for this city (PUT /api/v1/imports/kataster/mapping) before importing: a dry run shows the ones suggested.',
      );
    }
    if (unusable.length) {
      throw badRequest(
        'kataster_columns_missing',
        `The sheet lacks columns the saved choice names: ${unusable.map((p) => p.column).join(', ')}.`,
        unusable.map((p) => fieldError(`columns.${p.field}`, 'columnMissing', p.message)),
      );
    }
    try {
      return await this.writes.run(async (manager) => {
        const plan = await this.plan(manager, await this.districts.locatorIn(manager), city, sheet, mapping);
        const before = await earlier(manager);
        if (before) return { dryRun: false, importId: before.id, alreadyImported: true, ...upload, ...counts(plan, sheet), problems: plan.problems };
        const importId = randomUUID();
        const report = { dryRun: false, importId, alreadyImported: false, ...upload, ...counts(plan, sheet), problems: plan.problems };
        await manager.getRepository(KatasterImport).insert({
          id: importId,
          cityAgs: city.ags,
          actorId: user.id,
          // Set here, to the millisecond: the list orders imports of one second by it.
          createdAt: new Date(),
          sha256,
          fileName: query.fileName ?? null,
          format,
          sheet: sheet.sheet,
          mapping,
          rows: report.rows,
          created: report.created,
          existing: report.existing,
          rejected: report.rejected,
          parties: report.parties,
          decisions: report.decisions,
        });
        await this.write(manager, user, city, importId, plan);
        await this.audit.append(manager, user, {
          action: 'kataster_imported',
          entity: 'kataster_import',
          entityId: importId,
          payload: {
            city: city.ags,
            sha256,
            fileName: query.fileName ?? null,
            format,
            sheet: sheet.sheet,
            columns: mapping,
            rows: report.rows,
            created: plan.buildings.map((b) => ({ row: b.row.row, propertyId: b.id })),
            existing: report.results.filter((r) => r.outcome === 'existing').map((r) => ({ row: r.row, propertyId: r.propertyId })),
            rejected: report.results.filter((r) => r.outcome === 'rejected').map((r) => r.row),
            parties: [...plan.newParties.values()].map((p) => p.id),
            decisions: report.decisions,
          },
        });
        return report;
      });
    } catch (error) {
      // Another instance recorded one of the addresses, or the same file, while this plan was made.
      if (error instanceof QueryFailedError && /UNIQUE|unique constraint|duplicate key/i.test(error.message)) {
        throw conflict(
          'kataster_import_conflict',
          'One of these addresses or this file was recorded meanwhile: run the import again, rows recorded since are left as they are.',
        );
      }
      throw error;
    }
  }

  /** Every row read, placed and checked against the city's buildings and parties; nothing written. */
  private async plan(manager: EntityManager, locate: Locate, city: City, sheet: KatasterSheet, mapping: KatasterMapping): Promise<KatasterPlan> {
    const now = today(city.timeZone);
    const plan: KatasterPlan = emptyPlan();
    const cityHasGazetteer = (await manager.getRepository(OfficialAddress).findOne({ where: { ags: city.ags }, select: { id: true } })) !== null;
    const knownParties = await this.partiesByName(manager, city.ags);
    const rowOfKey = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const read = readKatasterRow(row, cells, mapping, now);
      plan.problems.push(...read.problems);
      // Named as the sheet writes it, so the row can be found and corrected there.
      const rejected = (): void => {
        plan.results.push({
          row,
          outcome: 'rejected',
          address: sheetAddress(cells, mapping),
          placement: null,
          district: null,
          decisions: [],
          propertyId: null,
        });
      };
      const value = read.value;
      if (!value) {
        rejected();
        continue;
      }
      const problem = (field: RowProblem['field'], severity: RowProblem['severity'], code: RowProblem['code'], message: string) =>
        plan.problems.push({ row, field, column: field ? (mapping[field] ?? null) : null, severity, code, message });

      const placed = await place(manager, city.ags, value);
      const address = placed?.address ?? value;
      const key = addressKey(address);
      const text = `${address.street} ${address.houseNumber}${address.houseNumberSuffix ?? ''}`;
      const sameRow = rowOfKey.get(key);
      if (sameRow !== undefined) {
        problem('street', 'error', 'duplicateRow', `the same address as row ${sameRow}`);
        rejected();
        continue;
      }
      rowOfKey.set(key, row);
      const decisions = value.decisions.map((d) => d.type);
      const existing = await manager
        .getRepository(Property)
        .createQueryBuilder('p')
        .select(['p.id', 'p.importId'])
        .where('p.addressKey = :key AND (p.cityAgs = :ags OR LOWER(p.city) = LOWER(:name))', { key, ags: city.ags, name: city.name })
        .getOne();
      if (existing) {
        // A building in Hausakte keeps its file: what the row would add is named, never merged unseen.
        const recorded = await manager.getRepository(Decision).find({ where: { propertyId: existing.id }, select: { type: true, effectiveDate: true } });
        const unrecorded = value.decisions.filter((d) => !recorded.some((r) => r.type === d.type && r.effectiveDate === d.effectiveDate));
        // What an earlier import of the sheet brought is the sheet's own; on a building recorded by hand, parties and note are the file's.
        const details = existing.importId === null && (value.owner !== null || value.manager !== null || value.note !== null);
        if (unrecorded.length > 0 || details) {
          const dates = unrecorded.map((d) => `${d.type} ${d.effectiveDate}`).join(', ');
          problem(
            'street',
            'warning',
            'alreadyRecorded',
            `the building is in Hausakte already and is left as it is${dates ? `; not taken over: ${dates}` : ''}`,
          );
        }
        plan.results.push({ row, outcome: 'existing', address: text, placement: null, district: null, decisions: [], propertyId: existing.id });
        continue;
      }
      if (placed?.several)
        problem('houseNumber', 'warning', 'severalOfficialPoints', 'the official addresses hold several points for this number: the first is used');
      if (placed?.placement === 'official_without_suffix') {
        problem('houseNumber', 'warning', 'officialWithoutSuffix', `no official address has the suffix: placed at ${value.street} ${value.houseNumber}`);
      }
      const at = placed ?? value.position;
      if (!at) {
        const why = cityHasGazetteer ? 'the address is not among the official addresses' : 'the city has no official addresses yet';
        problem('street', 'error', 'addressNotFound', `${why}, and the row has no coordinates`);
        rejected();
        continue;
      }
      if (placed && value.position && metresBetween(placed, value.position) > COORDINATES_DIFFER_METRES) {
        problem(
          'lat',
          'warning',
          'coordinatesDiffer',
          `the row's coordinates lie ${Math.round(metresBetween(placed, value.position))} m from the official point, which is used`,
        );
      }
      const { bezirk, ortsteil } = locate(at.lat, at.lon, city.ags);
      if (value.district !== null) {
        const named = [bezirk?.name, bezirk?.code, ortsteil?.name, ortsteil?.code].filter((n): n is string => !!n).map(headingKey);
        if (!named.includes(headingKey(value.district))) {
          problem(
            'district',
            'warning',
            'districtDiffers',
            `the sheet says "${value.district}"; the position lies in ${bezirk?.name ?? 'no district'}, which is used`,
          );
        }
      }
      const parties: NewBuilding['parties'] = [];
      for (const [role, name] of [
        ['owner', value.owner],
        ['manager', value.manager],
      ] as const) {
        if (name === null) continue;
        const partyKey = partyNameKey(name);
        if (!knownParties.has(partyKey) && !plan.newParties.has(partyKey)) {
          plan.newParties.set(partyKey, { id: randomUUID(), name: name.replace(/\s+/g, ' '), kind: COMPANY.test(name) ? 'company' : 'person' });
        }
        plan.partyIds.set(partyKey, knownParties.get(partyKey) ?? plan.newParties.get(partyKey)!.id);
        parties.push({ key: partyKey, role });
      }
      const id = randomUUID();
      plan.buildings.push({
        row: value,
        id,
        address,
        key,
        lat: at.lat,
        lon: at.lon,
        matched: placed?.matched ?? matchAddress([], at, cityHasGazetteer),
        districtId: bezirk?.id ?? null,
        subdistrictId: ortsteil?.id ?? null,
        parties,
      });
      plan.results.push({
        row,
        outcome: 'new',
        address: text,
        placement: placed?.placement ?? 'coordinates',
        district: bezirk?.name ?? null,
        decisions,
        propertyId: id,
      });
    }
    return plan;
  }

  /** The city's parties by folded name and by each alias: an owner the sheet names again is linked, not created twice. */
  private async partiesByName(manager: EntityManager, cityAgs: string): Promise<Map<string, string>> {
    const parties = await manager
      .getRepository(Party)
      .find({ where: { cityAgs }, select: { id: true, name: true, aliases: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    const byName = new Map<string, string>();
    for (const party of parties)
      for (const name of [party.name, ...party.aliases]) if (!byName.has(partyNameKey(name))) byName.set(partyNameKey(name), party.id);
    return byName;
  }

  /** The plan's records, each linked to the import; every building's status projected by the core. */
  private async write(manager: EntityManager, user: AuthUser, city: City, importId: string, plan: KatasterPlan): Promise<void> {
    const createdAt = new Date();
    if (plan.newParties.size) {
      await manager
        .getRepository(Party)
        .insert([...plan.newParties.values()].map((p) => ({ ...p, aliases: [], contactAddress: null, cityAgs: city.ags, createdAt, version: 1, importId })));
    }
    for (const building of plan.buildings) {
      const { row, id, address, key, lat, lon } = building;
      const property = {
        id,
        ...address,
        postcode: row.postcode,
        city: city.name,
        cityAgs: city.ags,
        addressKey: key,
        lat,
        lon,
        ...building.matched,
        districtId: building.districtId,
        subdistrictId: building.subdistrictId,
        origin: 'import' as const,
        note: row.note,
        ...newBuildingFile(createdAt),
        createdBy: user.id,
        importId,
      };
      await manager.getRepository(Property).insert(property);
      if (building.parties.length) {
        await manager.getRepository(PropertyParty).insert(
          building.parties.map((p) => ({
            id: randomUUID(),
            propertyId: id,
            partyId: plan.partyIds.get(p.key)!,
            role: p.role,
            validFrom: null,
            validTo: null,
            importId,
          })),
        );
      }
      if (row.decisions.length) {
        await manager.getRepository(Decision).insert(
          row.decisions.map((d, index) => ({
            id: randomUUID(),
            propertyId: id,
            ...buildingCopies(property),
            type: d.type,
            effectiveDate: d.effectiveDate,
            fileReference: row.fileReference,
            legalBasis: null,
            reason: d.type === 'close' ? row.closeReason : null,
            personsAffected: d.type === 'declare_uninhabitable' ? row.personsAffected : null,
            childrenAffected: d.type === 'declare_uninhabitable' ? row.childrenAffected : null,
            rehousedShelter: null,
            rehousedOwner: null,
            rehousedSelf: null,
            rehousedUnknown: null,
            statusBefore: d.statusBefore,
            statusAfter: d.statusAfter,
            decidedBy: user.id,
            agencyCode: user.agencyCode,
            // A millisecond apart: decisions of one day keep the order the sheet's dates give them.
            createdAt: new Date(createdAt.getTime() + index),
            importId,
          })),
        );
      }
      await projectBuildingFile(manager, id);
    }
  }
}

/** A row's address as its cells hold it, null when they hold none. */
function sheetAddress(cells: ReadonlyMap<string, Cell>, mapping: KatasterMapping): string | null {
  const cell = (field: 'street' | 'houseNumber' | 'houseNumberSuffix') => {
    const value = mapping[field] === undefined ? null : cells.get(mapping[field]);
    return value === null || value === undefined ? '' : String(value).trim();
  };
  return `${cell('street')} ${cell('houseNumber')}${cell('houseNumberSuffix')}`.trim() || null;
}

const pointOf = ({ lat, lon }: { lat: number; lon: number }) => ({ lat, lon });

/** Where a row's address stands officially: its own official point, else the number's without the suffix. */
async function place(
  manager: EntityManager,
  cityAgs: string,
  row: KatasterRow,
): Promise<{ lat: number; lon: number; address: NewBuilding['address']; placement: Placement; matched: MatchedAddress; several: boolean } | null> {
  const exact = await officialCandidates(manager, cityAgs, row);
  const bare = exact.length === 0 && row.houseNumberSuffix !== null ? await officialCandidates(manager, cityAgs, { ...row, houseNumberSuffix: null }) : [];
  const candidates = (exact.length ? exact : bare).sort((a, b) => (a.id < b.id ? -1 : 1));
  const first = candidates[0];
  if (!first) return null;
  const several = candidates.some((c) => c.lat !== first.lat || c.lon !== first.lon);
  // At the number's point, the building's own address (with its suffix) is still one the gazetteer lacks.
  if (exact.length === 0) return { ...pointOf(first), address: row, placement: 'official_without_suffix', matched: matchAddress([], first, true), several };
  // The official spelling is kept: the sheet's "Musterstr. 12 A" is the gazetteer's "Musterstraße 12a".
  const address = { street: first.street, houseNumber: first.houseNumber, houseNumberSuffix: first.houseNumberSuffix };
  return { ...pointOf(first), address, placement: 'official', matched: matchAddress([first], first, true), several };
}

function toMappingDto(city: string, record: KatasterMappingRecord | null): KatasterMappingDto {
  return {
    city,
    columns: (record?.mapping as KatasterColumnsDto | undefined) ?? null,
    updatedAt: record?.updatedAt.toISOString() ?? null,
    version: record?.version ?? 0,
  };
}

/** Names compared as people write them: case and spacing aside. */
function partyNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function emptyPlan(): KatasterPlan {
  return { results: [], problems: [], buildings: [], newParties: new Map(), partyIds: new Map() };
}

function counts(plan: KatasterPlan, sheet: KatasterSheet) {
  const outcome = (o: KatasterRowResultDto['outcome']) => plan.results.filter((r) => r.outcome === o).length;
  return {
    rows: sheet.rows.length,
    created: outcome('new'),
    existing: outcome('existing'),
    rejected: outcome('rejected'),
    parties: plan.newParties.size,
    decisions: plan.buildings.reduce((sum, b) => sum + b.row.decisions.length, 0),
    results: plan.results,
  };
}
