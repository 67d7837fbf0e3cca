import { stringify } from 'csv-stringify/sync';
import { formatDate, formatNumber, formatTimestamp } from './german-format.js';
import type { ReportCell, SummaryReport } from './summary-report.js';

/** Spreadsheet cell: plain German number (decimal comma, no thousands dots), or its display ("< 3", "–") when it has no value. */
function csvValue(value: number | null, display: string, decimals: number): string {
  return value === null ? display : formatNumber(value, decimals, false);
}

/**
 * CSV as German offices open it in a spreadsheet: semicolons, UTF-8 with BOM, decimal comma, CRLF.
 * One row per district plus the total (a district report: that district only); each figure with its previous and change.
 */
export function renderCsv(report: SummaryReport): string {
  const header = ['Zeitraum von', 'Zeitraum bis', 'Bezirk'];
  for (const figure of report.figures) {
    const name = figure.label + unitSuffix(figure.unit);
    header.push(name, `${name} – Vergleichszeitraum`, `${name} – Veränderung`);
  }
  header.push('Datenstand', 'Fingerabdruck (SHA-256)', 'Schutz der Personenzahlen');
  const records = report.rows.map((row) => {
    const record = [formatDate(report.period.from), formatDate(report.period.to), neutraliseFormula(row.label)];
    for (const figure of report.figures) {
      const c: ReportCell = row.cells[figure.key];
      record.push(
        csvValue(c.value, c.display, figure.decimals),
        csvValue(c.previous, c.previousDisplay, figure.decimals),
        csvValue(c.change, c.changeDisplay, figure.decimals),
      );
    }
    record.push(
      `${formatTimestamp(report.method.dataAsOf, report.method.timeZone)} (${report.method.timeZone})`,
      report.method.fingerprint,
      report.method.perturbationRule,
    );
    return record;
  });
  return stringify([header, ...records], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/** District names come from imports: one starting like a formula must not run in a spreadsheet. */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function unitSuffix(unit: string): string {
  return unit === 'days' ? ' (Tage)' : unit === 'persons' ? ' (Personen)' : '';
}

/** e.g. hausakte-lagebericht_2025-01-01_2025-12-31.csv, with the district code when one district is shown. */
export function reportFileName(report: SummaryReport, extension: 'csv' | 'html' | 'pdf', districtCode: string | null): string {
  const code = districtCode ? `_bezirk-${districtCode.replace(/[^A-Za-z0-9-]/g, '')}` : '';
  return `hausakte-lagebericht${code}_${report.period.from}_${report.period.to}.${extension}`;
}
