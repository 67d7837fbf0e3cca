import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf-text.js';
import { SECRET_STREET } from '../helpers/summary-data.js';
import { useTestApp } from '../helpers/test-app.js';
import { createStandardUsers, type TestUser } from '../helpers/users.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { buildScenario, type Scenario } from './summary-scenario.js';

describe('GET /api/v1/summaries?format=csv|html|pdf', () => {
  const t = useTestApp();
  let council: TestUser;
  let scenario: Scenario;
  const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/summaries?from=2025-01-01&to=2025-12-31&${query}`, headers: council.headers });

  beforeAll(async () => {
    ({ council } = await createStandardUsers(t));
    scenario = await buildScenario(t);
  });

  describe('format=csv', () => {
    it('should answer a semicolon CSV in UTF-8 with BOM and decimal comma, one row per district plus the total', async () => {
      const res = await get('format=csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="hausakte-lagebericht_2025-01-01_2025-12-31.csv"');
      expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records: Record<string, string>[] = parse(res.rawPayload, { bom: true, delimiter: ';', columns: true });
      expect(records.map((r) => r.Bezirk)).toEqual(['Nord', 'Mitte', 'Süd', 'Ohne Bezirkszuordnung', 'Gesamt']);
      const total = records[4];
      expect(total['Zeitraum von']).toBe('01.01.2025');
      expect(total['Unbewohnbar erklärt seit Beginn']).toBe('10');
      expect(total['Unbewohnbar erklärt seit Beginn – Vergleichszeitraum']).toBe('5');
      expect(total['Unbewohnbar erklärt seit Beginn – Veränderung']).toBe('5');
      expect(total['Saniert und wiedervermietet seit Beginn']).toBe('3');
      expect(total['Tage bis zur Aufhebung: 3. Quartil (Tage)']).toBe('679,5');
      expect(total['Beteiligte Stellen je Einsatz (Mittelwert)']).toBe('1,8');
      expect(total['Status am Stichtag: Verdachtsfall – Veränderung']).toBe('-4');
      // Person counts as published in the JSON (perturbed by the cell key method), with the method in every row.
      const json = (await get('')).json<SummaryDto>();
      const shown = (value: number | null, display: string) => (value === null ? display : String(value));
      const persons = (r: SummaryDto['rows'][number]) => {
        const [affected, self] = [r.cells['persons.affected'], r.cells['persons.self']];
        return [shown(affected.value, affected.display), shown(self.previous, self.previousDisplay), shown(self.change, self.changeDisplay)];
      };
      const self = 'Verbleib: Angehörige / selbst organisiert (Personen)';
      const personColumns = ['Betroffene Personen (Personen)', `${self} – Vergleichszeitraum`, `${self} – Veränderung`];
      expect(records.map((r) => personColumns.map((c) => r[c]))).toEqual(json.rows.map(persons));
      expect(records.every((r) => r['Schutz der Personenzahlen'] === json.method.perturbationRule)).toBe(true);
      expect(total['Schutz der Personenzahlen']).toContain('Cell-Key-Verfahren');
      expect(records[0]['Betroffene Personen (Personen)']).toBe('< 3');
      expect(records[3]['Tage bis zur Aufhebung: Median (Tage)']).toBe('–');
      expect(total['Fingerabdruck (SHA-256)']).toMatch(/^[0-9a-f]{64}$/);
      expect(res.rawPayload.toString('utf8')).toContain('\r\n');
      expect(res.rawPayload.toString('utf8')).not.toContain(SECRET_STREET);
    });

    it('should name the district in the file name and keep only its row', async () => {
      const res = await get(`format=csv&district=${scenario.sued.id}`);
      expect(res.headers['content-disposition']).toBe('attachment; filename="hausakte-lagebericht_bezirk-300_2025-01-01_2025-12-31.csv"');
      const records: string[][] = parse(res.rawPayload, { bom: true, delimiter: ';' });
      expect(records.slice(1).map((r) => r[2])).toEqual(['Süd']);
    });
  });

  describe('format=html', () => {
    it('should answer a printable German report with title page, method, a table per topic and three inline SVG charts', async () => {
      const res = await get('format=html');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('inline; filename="hausakte-lagebericht_2025-01-01_2025-12-31.html"');
      const html = res.body;
      expect(html).toContain('<html lang="de">');
      expect(html).toContain('<h1>Lagebericht Problemimmobilien</h1>');
      expect(html).toContain('@page { size: A4 landscape');
      expect(html).toContain('<h2>Methode</h2>');
      for (const topic of [
        'Gebäude und Status',
        'Einsätze',
        'Entscheidungen',
        'Verfahrensdauer',
        'Betroffene Personen',
        'Meldekontrollen und Meldewesen',
        'Maßnahmen nach Art',
        'Maßnahmen nach Stelle',
      ]) {
        expect(html).toContain(`<h2>${topic}</h2>`);
      }
      expect(html.match(/<svg /g)).toHaveLength(3);
      expect(html).toContain('Status je Stadtbezirk');
      expect(html).toContain('Schutz der Personenzahlen:');
      expect(html).toContain('Cell-Key-Verfahren');
      expect(html).not.toContain('<script');
      expect(html).not.toContain(SECRET_STREET);
    });
  });

  describe('format=pdf', () => {
    it('should answer a PDF whose text holds the title, the method and the hand-counted figures', async () => {
      const res = await get('format=pdf');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="hausakte-lagebericht_2025-01-01_2025-12-31.pdf"');
      expect(res.headers['server-timing']).toMatch(/render;dur=\d/);
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const { pages, text: raw } = await pdfText(res.rawPayload);
      const text = raw.replace(/\s+/g, ' ');
      expect(pages).toBeGreaterThanOrEqual(6);
      expect(text).toContain('Lagebericht Problemimmobilien');
      expect(text).toContain('10 Unbewohnbar erklärt seit Beginn');
      expect(text).toContain('3 Saniert und wiedervermietet seit Beginn');
      expect(text).toContain('Methode');
      expect(text).toContain('Schutz der Personenzahlen');
      expect(text).toContain('Cell-Key-Verfahren');
      expect(text).toContain('679,5');
      expect(text).toContain('Anhang: Definitionen der Kennzahlen');
      expect(text).toMatch(/Seite 1 von \d+/);
      expect(text).not.toContain(SECRET_STREET);
    });

    it('should lead a district report with the district’s own figures on the title page, never the city’s', async () => {
      const mitte = (await get(`district=${scenario.mitte.id}`)).json<SummaryDto>();
      const tiles = KEY_FIGURES.map((key) => `${mitte.rows[0].cells[key].display} ${mitte.figures.find((f) => f.key === key)!.label}`);
      const { text } = await pdfText((await get(`format=pdf&district=${scenario.mitte.id}`)).rawPayload);
      const titlePage = text.split('\f')[0].replace(/\s+/g, ' ');
      expect(titlePage).toContain('Stadtbezirk Mitte');
      for (const tile of tiles) expect(titlePage).toContain(tile);
      // Mitte: 3 declared since the start, 3 buildings, 17 persons; the city: 10, 13, 30.
      expect(tiles.slice(0, 3)).toEqual(['3 Unbewohnbar erklärt seit Beginn', '0 Saniert und wiedervermietet seit Beginn', expect.stringMatching(/^3 /)]);
      expect(titlePage).not.toContain('10 Unbewohnbar erklärt seit Beginn');
      expect(titlePage).not.toContain('Gesamt');
      const html = (await get(`format=html&district=${scenario.mitte.id}`)).body;
      const htmlTiles = [...html.matchAll(/<div><strong>([^<]*)<\/strong>([^<]*)<\/div>/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(htmlTiles).toEqual(tiles);
      expect(html).not.toContain('>Gesamt<');
    });

    it('should draw the other districts of a district report as outlines without figures', async () => {
      const mitte = (await get(`district=${scenario.mitte.id}`)).json<SummaryDto>();
      const paths = mitte.charts.scenes.choropleth.shapes.flatMap((shape) => (shape.kind === 'path' ? [shape.tip] : []));
      expect(paths).toEqual(['Nord', 'Mitte: 2', 'Süd']);
      expect(mitte.charts.scenes.choropleth.description).toBe('Mitte: 2');
    });
  });
});

const KEY_FIGURES = ['sinceStart.declared', 'sinceStart.reletAfterDeclaration', 'buildings.known', 'operations.total', 'inPeriod.declared', 'persons.affected'];
