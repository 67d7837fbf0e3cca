import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { CitiesService } from '../cities/cities.service.js';
import { LEGAL_PROFILES } from '../legal/legal-profiles.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { badRequest, notFound, fieldError } from '../common/problem.js';
import { DataVersions } from '../database/data-versions.js';
import { MetaService } from '../database/meta.service.js';
import { VersionedCache } from '../database/versioned-cache.js';
import { WriteQueue } from '../database/write-queue.js';
import { District } from '../districts/district.entity.js';
import { toSummaryDto, type SummaryDto, type SummaryQueryDto } from './summaries.dto.js';
import { reportScenes, type DistrictOutline } from './summary-charts.js';
import { renderCsv, reportFileName } from './summary-csv.js';
import { figureDefinitions } from './summary-definitions.js';
import { renderHtml } from './summary-html.js';
import type { Period, SummaryInput } from './summary-input.js';
import { fingerprintInput } from './summary-method.js';
import { renderPdf } from './summary-pdf.js';
import { SummaryRepository } from './summary.repository.js';
import { buildReport, type SummaryReport } from './summary-report.js';
import { addDays, daysBetween } from './statistics.js';

export type SummaryResult =
  | { format: 'json'; body: SummaryDto; timing: string }
  | { format: 'csv' | 'html' | 'pdf'; body: Buffer; contentType: string; disposition: string; timing: string };

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', html: 'text/html; charset=utf-8', pdf: 'application/pdf' } as const;

/** The previous period of the same length, ending the day before `from`. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to) + 1;
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(length - 1)), to };
}

type Loaded = { district: District | null; input: SummaryInput; outlines: District[]; loadedAt: string; fingerprint: string };

@Injectable()
export class SummariesService {
  // The JSON, CSV and PDF of one period are usually asked for one after another: they share one load.
  private readonly loads = new VersionedCache<Loaded>(4);

  constructor(
    private readonly writeQueue: WriteQueue,
    private readonly config: AppConfig,
    private readonly meta: MetaService,
    private readonly versions: DataVersions,
    private readonly repository: SummaryRepository,
    private readonly cities: CitiesService,
  ) {}

  async produce(user: AuthUser, query: SummaryQueryDto): Promise<SummaryResult> {
    assertPermission(user, 'summary:read');
    const started = performance.now();
    const current: Period = { from: query.from, to: query.to };
    // Read before the data: a write committed in between only makes the next request load again.
    const city = await this.cities.actingCity(user, 'city', query.city);
    const version = await this.versions.read(['properties', 'cases', 'decisions', 'catalogues']);
    const loaded = await this.loads.get(JSON.stringify([city.ags, query.from, query.to, query.district ?? null]), version, () =>
      this.load(city.ags, current, query.district ?? null),
    );
    const demo = await this.meta.isDemo();
    const loadedAt = performance.now();

    const report = buildReport({
      input: loaded.input,
      definitions: figureDefinitions(loaded.input.agencies, LEGAL_PROFILES[city.land]),
      minCell: this.config.summaryMinCell,
      generatedAt: new Date().toISOString(),
      dataAsOf: loaded.loadedAt,
      city: city.name,
      timeZone: city.timeZone,
      fingerprint: loaded.fingerprint,
      district: loaded.district ? { id: loaded.district.id, name: loaded.district.name } : null,
    });
    const outlines: DistrictOutline[] = [...loaded.outlines]
      .sort((a, b) => a.city.localeCompare(b.city) || a.code.localeCompare(b.code, 'de', { numeric: true }))
      .map((d) => ({ districtId: d.id, label: d.name, geometry: d.geometry }));
    const attribution = [...new Set(loaded.outlines.map((d) => d.attribution).filter((a): a is string => !!a))].join('; ');
    const computedAt = performance.now();
    const format = query.format ?? 'json';
    const timing = (renderedAt: number) =>
      `db;dur=${(loadedAt - started).toFixed(1)}, compute;dur=${(computedAt - loadedAt).toFixed(1)}, render;dur=${(renderedAt - computedAt).toFixed(1)}`;

    if (format === 'json') {
      const body = toSummaryDto(report, reportScenes(report, outlines, attribution), demo);
      return { format, body, timing: timing(performance.now()) };
    }
    const body = await this.render(format, report, outlines, attribution, demo);
    const disposition = `${format === 'html' ? 'inline' : 'attachment'}; filename="${reportFileName(report, format, loaded.district?.code ?? null)}"`;
    return { format, body, contentType: CONTENT_TYPES[format], disposition, timing: timing(performance.now()) };
  }

  /** All figures from one snapshot of the data. */
  private async load(cityAgs: string, current: Period, districtId: string | null): Promise<Loaded> {
    const loaded = await this.writeQueue.snapshot(async (manager) => {
      const loadedAt = new Date().toISOString();
      const district = districtId ? await this.repository.district(manager, cityAgs, districtId) : null;
      if (districtId && !district) throw notFound('district', districtId);
      if (district && district.level !== 'bezirk') {
        throw badRequest('validation_failed', 'Summaries are given per Stadtbezirk.', [
          fieldError('district', 'isBezirk', 'district must be a Stadtbezirk (level bezirk)'),
        ]);
      }
      const input = await this.repository.input(manager, cityAgs, current, previousPeriod(current));
      const outlines = await this.repository.bezirkOutlines(manager, cityAgs);
      return { district, input, outlines, loadedAt };
    });
    // Hashed after the transaction, so the SQLite queue is not held for it.
    return { ...loaded, fingerprint: fingerprintInput(loaded.input, this.config.summaryMinCell) };
  }

  private async render(
    format: 'csv' | 'html' | 'pdf',
    report: SummaryReport,
    outlines: DistrictOutline[],
    attribution: string,
    demo: boolean,
  ): Promise<Buffer> {
    if (format === 'csv') return Buffer.from(renderCsv(report), 'utf8');
    const charts = reportScenes(report, outlines, attribution);
    if (format === 'html') return Buffer.from(renderHtml(report, charts, demo), 'utf8');
    return renderPdf(report, charts, demo);
  }
}
