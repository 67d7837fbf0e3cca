import ExcelJS from 'exceljs';
import type { TestApp } from '../helpers/test-app.js';
import type { TestUser } from '../helpers/users.js';

export type SheetCell = string | number | Date | null;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook as a city keeps its Kataster: headings in the first row, one building per row, dates as date cells. */
export async function katasterXlsx(headings: readonly string[], rows: ReadonlyArray<readonly SheetCell[]>, sheet = 'Kataster'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.addRow([...headings]);
  for (const row of rows) worksheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same as German Excel saves "CSV (Trennzeichen-getrennt)": semicolons, Windows-1252, dates as TT.MM.JJJJ. */
export function katasterCsv(headings: readonly string[], rows: ReadonlyArray<readonly SheetCell[]>): Buffer {
  const cell = (value: SheetCell) => {
    if (value === null) return '';
    if (value instanceof Date) return value.toISOString().slice(0, 10).split('-').reverse().join('.');
    const text = String(value);
    return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headings.map(cell).join(';'), ...rows.map((r) => r.map(cell).join(';'))];
  // Latin-1 and Windows-1252 agree on every German letter.
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

/** Posts a Kataster file as `user`; `query` without the leading "?". */
export function postKataster(t: TestApp, user: TestUser, file: Buffer, query = '', type = XLSX_TYPE) {
  return t.app.inject({ method: 'POST', url: `/api/v1/imports/kataster?${query}`, headers: { ...user.headers, 'content-type': type }, payload: file });
}
