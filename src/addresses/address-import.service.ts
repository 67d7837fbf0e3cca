import { createHash, randomUUID, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse, type Parser } from 'csv-parse';
import { Unzip, UnzipInflate } from 'fflate';
import { In, IsNull, LessThanOrEqual, MoreThan, Not, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CitiesService } from '../cities/cities.service.js';
import { badRequest, conflict, fieldError, ProblemException } from '../common/problem.js';
import { isUploadStream, mediaType } from '../common/uploads.js';
import { bulkInsert } from '../database/bulk-insert.js';
import { WriteQueue } from '../database/write-queue.js';
import { AddressImport, type AddressImportFormat } from './address-import.entity.js';
import { toAddressImportDto, type AddressImportDto, type AddressImportQueryDto } from './addresses.dto.js';
import { gebrefRow, genericCsvRow, isGenericCsvHeader, type GazetteerRow, type RowResult } from './gazetteer-rows.js';
import { matchWaitingProperties } from './property-matches.js';
import { OfficialAddress } from './official-address.entity.js';

/** Addresses per write transaction: large enough for speed, small enough that field reports wait only briefly between batches. */
export const ADDRESS_BATCH = 2000;
const MAX_PROBLEMS = 50;
/** An import that has written no batch for this long has died with its server. */
const STALLED_AFTER_MS = 5 * 60_000;
const STALLED_MESSAGE = 'No progress for 5 minutes: the server doing the import has stopped. Start it again.';
const stalledBefore = () => new Date(Date.now() - STALLED_AFTER_MS);
// The currency date alone is no change: a new delivery may date every record anew.
const COMPARED: ReadonlyArray<keyof GazetteerRow> = ['ags', 'street', 'houseNumber', 'houseNumberSuffix', 'postcode', 'lat', 'lon'];

const ADDRESS_COLUMNS = [
  'id',
  'ags',
  'street',
  'house_number',
  'house_number_suffix',
  'postcode',
  'lat',
  'lon',
  'search_key',
  'valid_on',
  'historic',
  'last_import_id',
] as const;

interface Counts {
  lines: number;
  inserted: number;
  changed: number;
  unchanged: number;
  rejected: number;
  skipped: number;
}

@Injectable()
export class AddressImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly cities: CitiesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Streams a gazetteer file into the official addresses in batches, each its own transaction, with the progress on
   * the import's row; at the end, addresses of the municipalities in the file that it no longer holds become historic.
   */
  async import(user: AuthUser, query: AddressImportQueryDto, body: unknown, contentType: string | undefined): Promise<AddressImportDto> {
    assertPermission(user, 'address:manage');
    const type = mediaType(contentType);
    if (!isUploadStream(body) || !['text/plain', 'text/csv', 'application/zip'].includes(type)) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type', 'Send the file as text/plain, text/csv or application/zip.');
    }
    const format: AddressImportFormat = query.format ?? 'gebref';
    // The Land file serves every city; a city's administrator, or a city's own list, imports one municipality.
    const cityAgs = format === 'csv' || user.cityAgs !== null || query.city ? (await this.cities.actingCity(user, 'city', query.city)).ags : null;
    const record = await this.start(user, format, cityAgs);
    const hash = createHash('sha256');
    const counts: Counts = { lines: 0, inserted: 0, changed: 0, unchanged: 0, rejected: 0, skipped: 0 };
    const problems: AddressImport['problems'] = [];
    const covered = new Set<string>();
    try {
      const lines = parse({ delimiter: ';', relax_column_count: true, bom: true, skip_empty_lines: true, quote: format === 'csv' ? '"' : false });
      const feeding = feed(body, type, lines, hash);
      let batch: GazetteerRow[] = [];
      for await (const fields of lines as AsyncIterable<string[]>) {
        counts.lines += 1;
        if (format === 'csv' && counts.lines === 1 && isGenericCsvHeader(fields)) continue;
        const result: RowResult = format === 'csv' ? genericCsvRow(fields, cityAgs!) : gebrefRow(fields);
        if ('deleted' in result) continue;
        if ('problem' in result) {
          counts.rejected += 1;
          if (problems.length < MAX_PROBLEMS) problems.push({ line: counts.lines, message: result.problem });
          continue;
        }
        if (cityAgs && result.row.ags !== cityAgs) {
          counts.skipped += 1;
          continue;
        }
        covered.add(result.row.ags);
        batch.push(result.row);
        if (batch.length >= ADDRESS_BATCH) {
          await this.writeBatch(record.id, batch, counts, problems);
          batch = [];
        }
      }
      await feeding;
      if (batch.length) await this.writeBatch(record.id, batch, counts, problems);
      if (covered.size === 0)
        throw badRequest('invalid_upload', 'file: no address could be read.', [
          fieldError('file', 'invalidFile', 'the file holds no address that could be read'),
        ]);
    } catch (error) {
      await this.fail(record.id, counts, problems, error);
      // A fault of the database is the server's, not the file's.
      if (error instanceof ProblemException || error instanceof QueryFailedError) throw error;
      throw badRequest('invalid_upload', `file: ${readable(error)}.`, [fieldError('file', 'invalidFile', readable(error))]);
    }
    return this.finish(user, record.id, counts, problems, [...covered], hash.digest('hex'));
  }

  async list(user: AuthUser): Promise<AddressImportDto[]> {
    assertPermission(user, 'address:manage');
    // A city's administrator sees the Land-wide imports too: they load the city's addresses as well, and hold its own back while they run.
    const where = user.cityAgs === null ? {} : [{ cityAgs: user.cityAgs }, { cityAgs: IsNull() }];
    const rows = await this.dataSource.getRepository(AddressImport).find({ where, order: { startedAt: 'DESC' }, take: 20 });
    // Not marked in the database until the next import starts: a read does not write.
    return rows.map((r) =>
      toAddressImportDto(r.state === 'running' && r.updatedAt <= stalledBefore() ? { ...r, state: 'failed', message: STALLED_MESSAGE } : r),
    );
  }

  private async start(user: AuthUser, format: AddressImportFormat, cityAgs: string | null): Promise<AddressImport> {
    const record: AddressImport = {
      id: randomUUID(),
      format,
      state: 'running',
      cityAgs,
      actorId: user.id,
      startedAt: new Date(),
      updatedAt: new Date(),
      lines: 0,
      inserted: 0,
      changed: 0,
      unchanged: 0,
      gone: 0,
      matched: 0,
      rejected: 0,
      skipped: 0,
      problems: [],
      sha256: null,
      message: null,
    };
    await this.writes.run(async (manager) => {
      // Two imports at once would each take the other's addresses for gone; one that stopped reporting has died.
      const imports = manager.getRepository(AddressImport);
      const running = await imports.findOneBy({ state: 'running', updatedAt: MoreThan(stalledBefore()) });
      if (running) throw conflict('address_import_running', 'Another address import is running; wait until it has finished.', { importId: running.id });
      await imports.update({ state: 'running', updatedAt: LessThanOrEqual(stalledBefore()) }, { state: 'failed', message: STALLED_MESSAGE });
      await manager.getRepository(AddressImport).insert(record);
    });
    return record;
  }

  /** New addresses inserted, changed ones updated, the rest marked as seen by this import; the progress with them. */
  private async writeBatch(importId: string, rows: GazetteerRow[], counts: Counts, problems: AddressImport['problems']): Promise<void> {
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    await this.writes.run(async (manager) => {
      const repository = manager.getRepository(OfficialAddress);
      const existing = new Map((await repository.find({ where: { id: In(unique.map((r) => r.id)) } })).map((a) => [a.id, a]));
      const fresh: GazetteerRow[] = [];
      const seen: string[] = [];
      for (const row of unique) {
        const stored = existing.get(row.id);
        if (!stored) fresh.push(row);
        else if (stored.historic || COMPARED.some((k) => stored[k] !== row[k])) {
          await repository.update({ id: row.id }, { ...row, historic: false, lastImportId: importId });
          counts.changed += 1;
        } else seen.push(row.id);
      }
      await bulkInsert(
        manager,
        'official_addresses',
        ADDRESS_COLUMNS,
        fresh.map((a) => [a.id, a.ags, a.street, a.houseNumber, a.houseNumberSuffix, a.postcode, a.lat, a.lon, a.searchKey, a.validOn, false, importId]),
      );
      if (seen.length) await repository.update({ id: In(seen) }, { lastImportId: importId });
      counts.inserted += fresh.length;
      counts.unchanged += seen.length;
      await progress(manager, importId, counts, problems);
    });
  }

  private async finish(
    user: AuthUser,
    importId: string,
    counts: Counts,
    problems: AddressImport['problems'],
    covered: string[],
    sha256: string,
  ): Promise<AddressImportDto> {
    return this.writes.run(async (manager) => {
      let gone = 0;
      for (const ags of covered) {
        const result = await manager.getRepository(OfficialAddress).update({ ags, historic: false, lastImportId: Not(importId) }, { historic: true });
        gone += result.affected ?? 0;
      }
      const matched = await matchWaitingProperties(manager, covered);
      await manager.getRepository(AddressImport).update({ id: importId }, { ...counts, problems, gone, matched, sha256, state: 'done', updatedAt: new Date() });
      await this.audit.append(manager, user, {
        action: 'addresses_imported',
        entity: 'address_import',
        entityId: importId,
        payload: { ...counts, gone, matched, municipalities: covered.length, sha256 },
      });
      return toAddressImportDto(await manager.getRepository(AddressImport).findOneByOrFail({ id: importId }));
    });
  }

  private async fail(importId: string, counts: Counts, problems: AddressImport['problems'], error: unknown): Promise<void> {
    await this.writes.run((manager) =>
      manager
        .getRepository(AddressImport)
        .update({ id: importId }, { ...counts, problems, state: 'failed', message: readable(error).slice(0, 300), updatedAt: new Date() }),
    );
  }
}

function progress(manager: EntityManager, importId: string, counts: Counts, problems: AddressImport['problems']) {
  return manager.getRepository(AddressImport).update({ id: importId }, { ...counts, problems, updatedAt: new Date() });
}

const readable = (error: unknown) =>
  error instanceof ProblemException
    ? String((error.getResponse() as { detail?: string }).detail ?? error.message)
    : error instanceof Error
      ? error.message
      : String(error);

/**
 * Pipes the upload into the line parser, unpacking gebref.txt (or the only text file) from a zip on the way; waits
 * whenever the parser is full, so a file of any size passes through in bounded memory. Once the parser has stopped
 * (a failed batch), the rest of the upload is read and dropped.
 */
async function feed(body: Readable, type: string, lines: Parser, hash: Hash): Promise<void> {
  const room = async () => {
    if (!lines.writableNeedDrain || lines.destroyed) return;
    // Whichever comes first; the other listener is removed, so waits do not pile up listeners.
    const done = new AbortController();
    const wait = (event: string) => once(lines, event, { signal: done.signal }).catch(() => undefined);
    await Promise.race([wait('drain'), wait('close')]);
    done.abort();
  };
  try {
    let found = false;
    const unzip =
      type === 'application/zip'
        ? new Unzip((file) => {
            if (found || file.name.includes('__MACOSX') || /schluessel/i.test(file.name) || !/\.(txt|csv)$/i.test(file.name)) return;
            found = true;
            file.ondata = (error, data, final) => {
              if (error) lines.destroy(error);
              else if (!lines.destroyed) {
                lines.write(data);
                if (final) lines.end();
              }
            };
            file.start();
          })
        : null;
    unzip?.register(UnzipInflate);
    for await (const chunk of body) {
      if (lines.destroyed) continue;
      hash.update(chunk as Buffer);
      if (unzip) unzip.push(chunk as Uint8Array);
      else lines.write(chunk);
      await room();
    }
    if (unzip) {
      unzip.push(new Uint8Array(0), true);
      if (!found) lines.destroy(new Error('the zip holds no gebref.txt or other text file'));
    } else lines.end();
  } catch (error) {
    lines.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
