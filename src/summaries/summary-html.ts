import { escapeXml as esc, sceneToSvg, type ReportScenes, type Scene } from './chart-scene.js';
import { formatDate } from './german-format.js';
import { headlineRow, type ReportRow, type SummaryReport } from './summary-report.js';

/** District columns per table so a landscape A4 page stays readable; more districts continue in a further table. */
export const COLUMNS_PER_TABLE = 9;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result.length ? result : [[]];
}

/** Lines for the title page; the PDF prints the same. */
export function titleLines(report: SummaryReport, demo: boolean): string[] {
  return [
    `Stadt ${report.city}`,
    ...(report.district ? [`Stadtbezirk ${report.district.name}`] : []),
    `Berichtszeitraum: ${formatDate(report.period.from)} bis ${formatDate(report.period.to)} (${report.period.days} Tage)`,
    `Vergleichszeitraum: ${formatDate(report.previousPeriod.from)} bis ${formatDate(report.previousPeriod.to)}`,
    report.method.dataAsOfText,
    'Anonymisiert: keine Adressen, keine Namen, keine Angaben zu einzelnen Gebäuden; kleine Personenzahlen gesperrt.',
    ...(demo ? ['Demodaten – fiktive Adressen und Fälle, keine echten Zahlen.'] : []),
  ];
}

/** The headline figures of the title page, from the district's row or the city total. */
export function keyFigures(report: SummaryReport): Array<{ label: string; display: string }> {
  const total = headlineRow(report);
  const keys = ['sinceStart.declared', 'sinceStart.reletAfterDeclaration', 'buildings.known', 'operations.total', 'inPeriod.declared', 'persons.affected'];
  return keys.map((key) => ({ label: report.figures.find((f) => f.key === key)!.label, display: total.cells[key].display }));
}

const STYLE = `
@page { size: A4 landscape; margin: 14mm; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #222; margin: 0 auto; max-width: 280mm; }
h1 { font-size: 26pt; margin: 0 0 8mm; } h2 { font-size: 15pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; }
.title-page { min-height: 170mm; page-break-after: always; break-after: page; padding-top: 30mm; }
.title-page p { margin: 1.5mm 0; } .demo { color: #a50f15; font-weight: bold; }
.key-figures { display: flex; flex-wrap: wrap; gap: 4mm; margin-top: 10mm; }
.key-figures div { border: 1px solid #bbb; padding: 3mm 4mm; min-width: 55mm; } .key-figures strong { display: block; font-size: 18pt; }
section { break-inside: auto; } .chart { break-inside: avoid; page-break-inside: avoid; margin: 6mm 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 5mm; break-inside: auto; }
th, td { border: 1px solid #ccc; padding: 1mm 1.5mm; vertical-align: top; } td.num { text-align: right; white-space: nowrap; }
th { background: #f0f0f0; font-size: 9pt; } tr { break-inside: avoid; page-break-inside: avoid; } thead { display: table-header-group; }
tr.total td, td.total { font-weight: bold; } .chg { color: #666; font-size: 8pt; display: block; }
dl.definitions dt { font-weight: bold; margin-top: 2mm; } dl.definitions dd { margin-left: 0; }
.fingerprint { font-family: Courier, monospace; font-size: 8.5pt; word-break: break-all; }
.pagebreak { break-before: page; page-break-before: always; }
`;

function topicTable(report: SummaryReport, figureKeys: readonly string[], columns: readonly ReportRow[]): string {
  const head = `<thead><tr><th scope="col">Kennzahl</th>${columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr></thead>`;
  const body = figureKeys
    .map((key) => {
      const figure = report.figures.find((f) => f.key === key)!;
      const cells = columns
        .map((c) => {
          const cell = c.cells[key];
          return `<td class="num${c.total ? ' total' : ''}">${esc(cell.display)}<span class="chg">${esc(cell.changeDisplay)}</span></td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(figure.label)}</th>${cells}</tr>`;
    })
    .join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

/** The printable report: title page, method, one table per topic, three inline SVG charts, definitions. */
export function renderHtml(report: SummaryReport, charts: ReportScenes, demo: boolean): string {
  const m = report.method;
  const tables = report.topics
    .filter((t) => t.figureKeys.length > 0)
    .map(
      (t) =>
        `<section><h2>${esc(t.title)}</h2>${chunk(report.rows, COLUMNS_PER_TABLE)
          .map((cols) => topicTable(report, t.figureKeys, cols))
          .join('')}</section>`,
    )
    .join('');
  const figure = (scene: Scene) => `<figure class="chart">${sceneToSvg(scene)}<figcaption>${esc(scene.title)}</figcaption></figure>`;
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(report.title)} ${esc(formatDate(report.period.from))} – ${esc(formatDate(report.period.to))}</title><style>${STYLE}</style></head>
<body>
<section class="title-page"><h1>${esc(report.title)}</h1>
${titleLines(report, demo)
  .map((line, i) => `<p${demo && i === titleLines(report, demo).length - 1 ? ' class="demo"' : ''}>${esc(line)}</p>`)
  .join('\n')}
<div class="key-figures">${keyFigures(report)
    .map((k) => `<div><strong>${esc(k.display)}</strong>${esc(k.label)}</div>`)
    .join('')}</div>
<p>Fingerabdruck der Daten (SHA-256): <span class="fingerprint">${esc(m.fingerprint)}</span></p></section>
<section><h2>Methode</h2>
<p>${esc(m.period)}</p><p>${esc(m.previousPeriod)}</p><p>${esc(m.dataAsOfText)}</p><p>${esc(m.sources)}</p>
<p>${esc(m.visibilityRule)}</p><p><strong>Schutz der Personenzahlen:</strong> ${esc(m.perturbationRule)}</p>
<p>In den Tabellen steht unter jedem Wert die Veränderung gegenüber dem Vergleichszeitraum; „–“ bedeutet: nicht berechenbar (keine oder zu wenige Fälle).</p>
<p><strong>Fingerabdruck:</strong> ${esc(m.fingerprintMethod)}<br><span class="fingerprint">${esc(m.fingerprint)}</span></p></section>
${tables}
<section class="pagebreak"><h2>Diagramme</h2>${figure(charts.statusBars)}${figure(charts.quarterly)}${figure(charts.choropleth)}</section>
<section class="pagebreak"><h2>Anhang: Definitionen der Kennzahlen</h2><dl class="definitions">${m.definitions
    .map((d) => `<dt>${esc(d.label)}</dt><dd>${esc(d.definition)}</dd>`)
    .join('')}</dl></section>
</body></html>`;
}
