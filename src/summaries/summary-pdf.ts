import PDFDocument from 'pdfkit';
import type { ReportScenes, Scene } from './chart-scene.js';
import { formatDate } from './german-format.js';
import { chunk, COLUMNS_PER_TABLE, keyFigures, titleLines } from './summary-html.js';
import type { ReportRow, SummaryReport } from './summary-report.js';

type Doc = PDFKit.PDFDocument;

const MARGIN = 40;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const LABEL_WIDTH = 220;
const ROW_HEIGHT = 22;

/**
 * The same report as the HTML version, drawn with pdfkit on A4 landscape with the standard PDF fonts
 * (nothing is downloaded or embedded at runtime); charts are vector graphics from the shared scenes.
 */
export function renderPdf(report: SummaryReport, charts: ReportScenes, demo: boolean): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${report.title} ${formatDate(report.period.from)} – ${formatDate(report.period.to)}`,
      Author: 'Hausakte',
      Subject: 'Lagebericht für Rat und Ausschuss',
      CreationDate: new Date(report.generatedAt),
    },
    lang: 'de-DE',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  titlePage(doc, report, demo);
  methodPages(doc, report);
  for (const topic of report.topics) if (topic.figureKeys.length) topicTable(doc, report, topic.title, topic.figureKeys);
  doc.addPage();
  heading(doc, 'Diagramme');
  for (const scene of [charts.statusBars, charts.quarterly, charts.choropleth]) placeScene(doc, scene);
  doc.addPage();
  heading(doc, 'Anhang: Definitionen der Kennzahlen');
  for (const d of report.method.definitions) {
    doc.font(BOLD).fontSize(9).fillColor('#222222').text(d.label, { continued: false });
    doc.font(REGULAR).fontSize(9).text(d.definition, { paragraphGap: 4 });
  }
  footers(doc, report);
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc) => doc.page.height - MARGIN - 14;

function heading(doc: Doc, title: string): void {
  doc.font(BOLD).fontSize(15).fillColor('#222222').text(title, MARGIN, doc.y);
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + contentWidth(doc), y)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc.y = y + 8;
}

function titlePage(doc: Doc, report: SummaryReport, demo: boolean): void {
  doc.font(BOLD).fontSize(30).fillColor('#222222').text(report.title, MARGIN, 110);
  doc.moveDown(0.5);
  const lines = titleLines(report, demo);
  lines.forEach((line, i) => {
    doc
      .font(i === 0 ? BOLD : REGULAR)
      .fontSize(i === 0 ? 16 : 11)
      .fillColor(demo && i === lines.length - 1 ? '#a50f15' : '#222222')
      .text(line, { paragraphGap: 4 });
  });
  const figures = keyFigures(report);
  const boxWidth = (contentWidth(doc) - 5 * 10) / 6;
  const top = doc.y + 24;
  figures.forEach((f, i) => {
    const x = MARGIN + i * (boxWidth + 10);
    doc.rect(x, top, boxWidth, 70).lineWidth(0.5).strokeColor('#bbbbbb').stroke();
    doc
      .font(BOLD)
      .fontSize(20)
      .fillColor('#222222')
      .text(f.display, x + 8, top + 8, { width: boxWidth - 16, lineBreak: false });
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .text(f.label, x + 8, top + 36, { width: boxWidth - 16 });
  });
  doc
    .font(REGULAR)
    .fontSize(8.5)
    .fillColor('#222222')
    .text(`Fingerabdruck der Daten (SHA-256): ${report.method.fingerprint}`, MARGIN, top + 100);
}

function methodPages(doc: Doc, report: SummaryReport): void {
  const m = report.method;
  doc.addPage();
  heading(doc, 'Methode');
  const paragraph = (text: string, bold?: string) => {
    if (bold) doc.font(BOLD).fontSize(10).fillColor('#222222').text(bold, { continued: true });
    doc
      .font(REGULAR)
      .fontSize(10)
      .fillColor('#222222')
      .text(text, { paragraphGap: 6, width: contentWidth(doc) });
  };
  paragraph(m.period);
  paragraph(m.previousPeriod);
  paragraph(m.dataAsOfText);
  paragraph(m.sources);
  paragraph(m.visibilityRule);
  paragraph(` ${m.perturbationRule}`, 'Schutz der Personenzahlen:');
  paragraph(
    'In den Tabellen steht unter jedem Wert die Veränderung gegenüber dem Vergleichszeitraum; „–“ bedeutet: nicht berechenbar (keine oder zu wenige Fälle).',
  );
  paragraph(` ${m.fingerprintMethod} ${m.fingerprint}`, 'Fingerabdruck:');
}

function topicTable(doc: Doc, report: SummaryReport, title: string, figureKeys: readonly string[]): void {
  for (const columns of chunk(report.rows, COLUMNS_PER_TABLE)) {
    const columnWidth = (contentWidth(doc) - LABEL_WIDTH) / Math.max(1, columns.length);
    const headerHeight =
      Math.max(
        ...columns.map((c) =>
          doc
            .font(BOLD)
            .fontSize(8)
            .heightOfString(c.label, { width: columnWidth - 6 }),
        ),
      ) + 8;
    if (doc.y + 30 + headerHeight + 3 * ROW_HEIGHT > bottom(doc)) doc.addPage();
    heading(doc, title);
    let y = tableHeader(doc, columns, columnWidth, headerHeight);
    for (const key of figureKeys) {
      const figure = report.figures.find((f) => f.key === key)!;
      const labelHeight = doc
        .font(REGULAR)
        .fontSize(8.5)
        .heightOfString(figure.label, { width: LABEL_WIDTH - 6 });
      const height = Math.max(ROW_HEIGHT, labelHeight + 8);
      if (y + height > bottom(doc)) {
        doc.addPage();
        y = tableHeader(doc, columns, columnWidth, headerHeight);
      }
      doc.rect(MARGIN, y, contentWidth(doc), height).lineWidth(0.3).strokeColor('#cccccc').stroke();
      doc
        .font(REGULAR)
        .fontSize(8.5)
        .fillColor('#222222')
        .text(figure.label, MARGIN + 3, y + 4, { width: LABEL_WIDTH - 6 });
      columns.forEach((row, i) => {
        const x = MARGIN + LABEL_WIDTH + i * columnWidth;
        const cell = row.cells[key];
        doc
          .font(row.total ? BOLD : REGULAR)
          .fontSize(9)
          .fillColor('#222222')
          .text(cell.display, x, y + 3, { width: columnWidth - 4, align: 'right', lineBreak: false });
        doc
          .font(REGULAR)
          .fontSize(7)
          .fillColor('#666666')
          .text(cell.changeDisplay, x, y + 13, { width: columnWidth - 4, align: 'right', lineBreak: false });
      });
      y += height;
    }
    doc.y = y + 14;
    doc.x = MARGIN;
  }
}

function tableHeader(doc: Doc, columns: readonly ReportRow[], columnWidth: number, height: number): number {
  const top = doc.y;
  doc.rect(MARGIN, top, contentWidth(doc), height).fillAndStroke('#f0f0f0', '#cccccc');
  doc
    .font(BOLD)
    .fontSize(8)
    .fillColor('#222222')
    .text('Kennzahl', MARGIN + 3, top + 4, { width: LABEL_WIDTH - 6 });
  columns.forEach((c, i) => doc.text(c.label, MARGIN + LABEL_WIDTH + i * columnWidth + 2, top + 4, { width: columnWidth - 6, align: 'right' }));
  return top + height;
}

/** Draws a chart scene at the cursor, scaled to the page width, on a new page when it does not fit. */
function placeScene(doc: Doc, scene: Scene): void {
  const scale = Math.min(1, contentWidth(doc) / scene.width);
  if (doc.y + scene.height * scale > bottom(doc)) doc.addPage();
  const top = doc.y;
  drawScene(doc, scene, MARGIN, top, scale);
  doc.y = top + scene.height * scale + 16;
  doc.x = MARGIN;
}

export function drawScene(doc: Doc, scene: Scene, x: number, y: number, scale: number): void {
  doc.save();
  doc.translate(x, y).scale(scale);
  for (const s of scene.shapes) {
    switch (s.kind) {
      case 'rect':
        doc.rect(s.x, s.y, s.w, s.h);
        if (s.stroke) doc.lineWidth(0.5).fillAndStroke(s.fill, s.stroke);
        else doc.fill(s.fill);
        break;
      case 'line':
        doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).lineWidth(s.width).strokeColor(s.stroke).stroke();
        break;
      case 'polyline': {
        if (s.points.length < 2) break;
        doc.moveTo(s.points[0][0], s.points[0][1]);
        for (const [px, py] of s.points.slice(1)) doc.lineTo(px, py);
        if (s.dash) doc.dash(s.dash, {});
        doc.lineWidth(s.width).strokeColor(s.stroke).stroke();
        if (s.dash) doc.undash();
        break;
      }
      case 'circle':
        doc.circle(s.x, s.y, s.r).fill(s.fill);
        break;
      case 'path':
        doc.path(s.d).lineWidth(s.width).fillAndStroke(s.fill, s.stroke, 'even-odd');
        break;
      case 'text': {
        doc
          .font(s.bold ? BOLD : REGULAR)
          .fontSize(s.size)
          .fillColor(s.fill ?? '#222222');
        const width = doc.widthOfString(s.text);
        const left = s.anchor === 'middle' ? s.x - width / 2 : s.anchor === 'end' ? s.x - width : s.x;
        doc.text(s.text, left, s.y - s.size * 0.75, { lineBreak: false });
        break;
      }
    }
  }
  doc.restore();
}

function footers(doc: Doc, report: SummaryReport): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 6;
    const text = `${report.title} · ${formatDate(report.period.from)} – ${formatDate(report.period.to)} · Seite ${i + 1} von ${range.count}`;
    // Temporarily lift the bottom margin so the footer does not push a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(7.5)
      .fillColor('#666666')
      .text(text, MARGIN, y, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
