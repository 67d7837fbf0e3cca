import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { badRequest, fieldError } from '../common/problem.js';
import type { Cell } from './kataster-rows.js';
import type { KatasterFormat } from './kataster-import.entity.js';

export const KATASTER_UPLOAD_TYPES = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
} as const satisfies Record<string, KatasterFormat>;

/** More rows than any city's Kataster, few enough that one import stays one transaction of seconds. */
export const MAX_KATASTER_ROWS = 20_000;

/** The most an XLSX may unpack to: a small zip can claim gigabytes. */
const MAX_UNZIPPED_BYTES = 128 * 1024 * 1024;

/** The rows of one sheet, keyed by heading; `row` is the number the spreadsheet program shows. */
export interface KatasterSheet {
  sheet: string | null;
  headings: string[];
  rows: Array<{ row: number; cells: Map<string, Cell> }>;
}

const invalid = (message: string) => badRequest('invalid_upload', `file: ${message}.`, [fieldError('file', 'invalidFile', message)]);

/** Reads the first row as headings and every further non-empty row; an XLSX's named sheet, or its first. */
export async function readKatasterSheet(file: Buffer, format: KatasterFormat, sheetName?: string): Promise<KatasterSheet> {
  const table = format === 'xlsx' ? await readXlsx(file, sheetName) : { sheet: null, rows: readCsv(file) };
  const [head, ...body] = table.rows;
  if (!head) throw invalid('the sheet is empty');
  const headings = uniqueHeadings(head.cells);
  const rows = body
    .filter((r) => r.cells.some((c) => c !== null && !(typeof c === 'string' && c.trim() === '')))
    .map((r) => ({ row: r.row, cells: new Map(headings.map((h, i) => [h, r.cells[i] ?? null])) }));
  if (rows.length > MAX_KATASTER_ROWS) throw invalid(`the sheet has ${rows.length} rows, at most ${MAX_KATASTER_ROWS} are read in one import`);
  return { sheet: table.sheet, headings, rows };
}

/** Headings as written, an empty one named by its position, a repeated one numbered, so every column can be chosen. */
function uniqueHeadings(cells: readonly Cell[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, index) => {
    const base = cell === null || String(cell).trim() === '' ? `Spalte ${index + 1}` : String(cell).trim();
    let heading = base;
    for (let n = 2; seen.has(heading); n++) heading = `${base} (${n})`;
    seen.add(heading);
    return heading;
  });
}

async function readXlsx(file: Buffer, sheetName: string | undefined): Promise<{ sheet: string; rows: Array<{ row: number; cells: Cell[] }> }> {
  let unpacked = 0;
  try {
    unzipSync(file, {
      // Only the sizes are read here; exceljs unpacks the parts itself.
      filter: (entry) => {
        unpacked += entry.originalSize;
        if (unpacked > MAX_UNZIPPED_BYTES) throw new RangeError('too large');
        return false;
      },
    });
  } catch (error) {
    if (error instanceof RangeError) throw invalid(`the workbook unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB`);
    throw invalid('the file is not an Excel workbook (.xlsx)');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw invalid('the file is not a readable Excel workbook (.xlsx)');
  }
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => w.name).join(', ');
    const message = sheetName === undefined ? 'the workbook has no sheet' : `the workbook has no sheet "${sheetName}" (it has ${names})`;
    throw badRequest('invalid_upload', `sheet: ${message}.`, [fieldError('sheet', 'unknownSheet', message)]);
  }
  const rows: Array<{ row: number; cells: Cell[] }> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { sheet: worksheet.name, rows };
}

/** A cell's value without exceljs' wrappers: a formula's result, a hyperlink's or rich text's text; an error cell as empty. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text);
  return null;
}

/** German Excel writes CSV with semicolons in Windows-1252; others with commas or tabs in UTF-8. */
function readCsv(file: Buffer): Array<{ row: number; cells: Cell[] }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    text = new TextDecoder('windows-1252').decode(file);
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = [';', '\t', ','].find((d) => firstLine.includes(d)) ?? ';';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw invalid(`the CSV cannot be read${line ? ` (line ${line})` : ''}: check quotes and separators`);
  }
  // The line a record ends on is the row a spreadsheet program shows it in.
  return records.map(({ record, info }) => ({ row: info.lines, cells: record }));
}
