import { isCalendarDate } from '../common/dates.js';
import { hasControlCharacters } from '../common/plain-text.js';
import { ALLOWED_DECISIONS, DECISION_TARGET, type DecisionType, type PropertyStatus } from '../properties/status-catalogue.js';

/** What a Kataster column can be read as. */
export const KATASTER_FIELDS = [
  'street',
  'houseNumber',
  'houseNumberSuffix',
  'postcode',
  'district',
  'lat',
  'lon',
  'owner',
  'manager',
  'fileReference',
  'declaredOn',
  'personsAffected',
  'childrenAffected',
  'renovationStartedOn',
  'liftedOn',
  'reletOn',
  'closedOn',
  'closeReason',
  'note',
] as const;
export type KatasterField = (typeof KATASTER_FIELDS)[number];

/** Which column of the sheet, by its heading, holds each field; fields left out are not read. */
export type KatasterMapping = Partial<Record<KatasterField, string>>;

export const REQUIRED_FIELDS: readonly KatasterField[] = ['street', 'houseNumber'];

/** A cell as the spreadsheet gave it. */
export type Cell = string | number | boolean | Date | null;

/** The headings a Kataster is commonly kept with, folded (see headingKey), for the mapping suggested on a first upload. */
const USUAL_HEADINGS: Record<KatasterField, readonly string[]> = {
  street: ['strasse', 'str', 'strassenname'],
  houseNumber: ['hausnummer', 'hausnr', 'hnr', 'nr'],
  houseNumberSuffix: ['zusatz', 'hausnummerzusatz', 'hausnrzusatz'],
  postcode: ['plz', 'postleitzahl'],
  district: ['stadtbezirk', 'bezirk', 'ortsteil'],
  lat: ['breite', 'breitengrad', 'lat', 'latitude'],
  lon: ['laenge', 'laengengrad', 'lon', 'lng', 'longitude'],
  owner: ['eigentuemer', 'eigentuemerin', 'eigentuemername'],
  manager: ['verwalter', 'verwaltung', 'hausverwaltung'],
  fileReference: ['aktenzeichen', 'az'],
  declaredOn: ['unbewohnbarseit', 'unbewohnbarerklaertam', 'unbewohnbarkeitserklaerung', 'unbewohnbaram', 'erklaertam'],
  personsAffected: ['betroffenepersonen', 'betroffene', 'personenbetroffen'],
  childrenAffected: ['davonkinder', 'kinder', 'betroffenekinder'],
  renovationStartedOn: ['sanierungseit', 'sanierungsbeginn', 'sanierungbegonnenam', 'sanierungab'],
  liftedOn: ['freigegebenam', 'freigabe', 'aufgehobenam', 'aufhebung', 'aufhebungam'],
  reletOn: ['wiedervermietetam', 'wiedervermietung', 'wiedervermietetseit'],
  closedOn: ['erledigtam', 'abgeschlossenam', 'erledigt'],
  closeReason: ['erledigungsgrund', 'grund', 'grunderledigung'],
  note: ['bemerkung', 'bemerkungen', 'anmerkung', 'notiz', 'hinweis'],
};

/** How far each text field may run: the lengths of the columns it is stored in. */
const MAX_LENGTH: Partial<Record<KatasterField, number>> = {
  street: 200,
  houseNumber: 20,
  houseNumberSuffix: 20,
  district: 200,
  owner: 300,
  manager: 300,
  fileReference: 100,
  closeReason: 4000,
  note: 2000,
};

/** The dates a sheet may give, the decision each stands for, in the order decisions of one day follow each other. */
const DECISION_DATES: ReadonlyArray<readonly [KatasterField, DecisionType]> = [
  ['declaredOn', 'declare_uninhabitable'],
  ['renovationStartedOn', 'renovation_started'],
  ['liftedOn', 'declaration_lifted'],
  ['reletOn', 'relet'],
  ['closedOn', 'close'],
];

/** A whole building can house far more people than one flat; bounded so typos are caught. */
const MAX_PERSONS = 5_000;

export interface ImportedDecision {
  type: DecisionType;
  effectiveDate: string;
  statusBefore: PropertyStatus;
  statusAfter: PropertyStatus;
}

/** One row of the sheet, read and checked. */
export interface KatasterRow {
  row: number;
  street: string;
  houseNumber: string;
  houseNumberSuffix: string | null;
  postcode: string | null;
  district: string | null;
  position: { lat: number; lon: number } | null;
  owner: string | null;
  manager: string | null;
  fileReference: string | null;
  personsAffected: number | null;
  childrenAffected: number | null;
  closeReason: string | null;
  note: string | null;
  decisions: ImportedDecision[];
}

export type ProblemSeverity = 'error' | 'warning';

/** Why a row, a cell or the mapping needs attention: stable codes the client words. */
export const KATASTER_PROBLEMS = [
  'required',
  'columnMissing',
  'columnUsedTwice',
  'tooLong',
  'controlCharacters',
  'invalidDate',
  'notInFuture',
  'invalidNumber',
  'invalidCoordinate',
  'coordinatePair',
  'invalidHouseNumber',
  'invalidPostcode',
  'requiresDeclaration',
  'requiresPersonsAffected',
  'notAbovePersonsAffected',
  'requiresClosedOn',
  'decisionOrder',
  'fileReferenceInNote',
  'duplicateRow',
  'addressNotFound',
  'officialWithoutSuffix',
  'severalOfficialPoints',
  'coordinatesDiffer',
  'districtDiffers',
  'alreadyRecorded',
] as const;
export type KatasterProblemCode = (typeof KATASTER_PROBLEMS)[number];

/** Something about one cell (or a whole row, without a field) the person importing has to know. */
export interface RowProblem {
  row: number;
  field: KatasterField | null;
  column: string | null;
  severity: ProblemSeverity;
  code: KatasterProblemCode;
  message: string;
}

/** "Unbewohnbar erklärt am" and "unbewohnbar-erklärt-am" alike: lower case, umlauts written out, nothing but letters and digits. */
export function headingKey(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '');
}

/** The mapping a first upload is shown: each field in the column whose heading is a usual one for it, each column used once. */
export function suggestMapping(headings: readonly string[]): KatasterMapping {
  const mapping: KatasterMapping = {};
  const used = new Set<string>();
  for (const field of KATASTER_FIELDS) {
    const heading = headings.find((h) => !used.has(h) && USUAL_HEADINGS[field].includes(headingKey(h)));
    if (heading !== undefined) {
      mapping[field] = heading;
      used.add(heading);
    }
  }
  return mapping;
}

/** What is wrong with a mapping for a sheet with these headings: required fields left out, columns it does not have, a column used twice. */
export function mappingProblems(mapping: KatasterMapping, headings: readonly string[] | null): RowProblem[] {
  const problems: RowProblem[] = [];
  const mapped = (Object.entries(mapping) as Array<[KatasterField, string]>).filter(([, column]) => column !== undefined);
  const problem = (field: KatasterField, column: string | null, code: KatasterProblemCode, message: string) =>
    problems.push({ row: 0, field, column, severity: 'error', code, message });
  for (const field of REQUIRED_FIELDS) if (mapping[field] === undefined) problem(field, null, 'required', `the column holding ${field} must be chosen`);
  for (const [field, column] of mapped) {
    if (headings && !headings.includes(column)) problem(field, column, 'columnMissing', `the sheet has no column "${column}"`);
    const first = mapped.find(([, other]) => other === column)![0];
    if (first !== field) problem(field, column, 'columnUsedTwice', `the column "${column}" is chosen for ${first} already`);
  }
  return problems;
}

/**
 * Reads one row through the mapping. Rejected rows answer null with at least one error; a row read answers its
 * decisions in the order they happened, checked against the status rule's transitions. The buildings of a Kataster
 * were inspected before Hausakte kept their files, so the first decision may be any a visited building allows; the
 * findings and inspections it rests on are in the paper file and are not invented here.
 */
export function readKatasterRow(
  row: number,
  cells: ReadonlyMap<string, Cell>,
  mapping: KatasterMapping,
  today: string,
): { value: KatasterRow | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (field: KatasterField | null, severity: ProblemSeverity, code: KatasterProblemCode, message: string) =>
    problems.push({ row, field, column: field ? (mapping[field] ?? null) : null, severity, code, message });
  const error = (field: KatasterField, code: KatasterProblemCode, message: string) => problem(field, 'error', code, message);

  const raw = (field: KatasterField): Cell => {
    const column = mapping[field];
    const cell = column === undefined ? null : (cells.get(column) ?? null);
    return typeof cell === 'string' && cell.trim() === '' ? null : cell;
  };
  const text = (field: KatasterField): string | null => {
    const cell = raw(field);
    if (cell === null) return null;
    const value = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();
    if (hasControlCharacters(value)) return (error(field, 'controlCharacters', 'the cell holds control characters'), null);
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) return (error(field, 'tooLong', `at most ${max} characters, the cell has ${value.length}`), null);
    return value;
  };
  const date = (field: KatasterField): string | null => {
    const cell = raw(field);
    if (cell === null) return null;
    const value = readDate(cell);
    if (value === null) return (error(field, 'invalidDate', `"${String(cell)}" is not a date (TT.MM.JJJJ)`), null);
    if (value > today) return (error(field, 'notInFuture', `${value} is after today`), null);
    return value;
  };
  const count = (field: KatasterField): number | null => {
    const cell = raw(field);
    if (cell === null) return null;
    const value = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\d+$/.test(cell.trim()) ? Number(cell.trim()) : NaN;
    if (!Number.isInteger(value) || value < 0 || value > MAX_PERSONS) {
      return (error(field, 'invalidNumber', `"${String(cell)}" is not a whole number from 0 to ${MAX_PERSONS}`), null);
    }
    return value;
  };
  const coordinate = (field: 'lat' | 'lon', limit: number): number | null => {
    const cell = raw(field);
    if (cell === null) return null;
    const value = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim().replace(',', '.')) : NaN;
    if (!Number.isFinite(value) || Math.abs(value) > limit) return (error(field, 'invalidCoordinate', `"${String(cell)}" is not a WGS84 ${field}`), null);
    return value;
  };

  const street = text('street');
  if (street === null && raw('street') === null) error('street', 'required', 'the street is empty');
  const number = houseNumberOf(text('houseNumber'), text('houseNumberSuffix'));
  if (number === null && raw('houseNumber') !== null && !problems.some((p) => p.field === 'houseNumber')) {
    error('houseNumber', 'invalidHouseNumber', `"${String(raw('houseNumber'))}" does not start with a digit`);
  }
  if (raw('houseNumber') === null) error('houseNumber', 'required', 'the house number is empty');
  const postcode = text('postcode');
  if (postcode !== null && !/^\d{5}$/.test(postcode)) error('postcode', 'invalidPostcode', `"${postcode}" is not a five-digit postcode`);
  const lat = coordinate('lat', 90);
  const lon = coordinate('lon', 180);
  if ((lat === null) !== (lon === null) && !problems.some((p) => p.field === 'lat' || p.field === 'lon')) {
    error(lat === null ? 'lat' : 'lon', 'coordinatePair', 'latitude and longitude are given together or not at all');
  }
  const personsAffected = count('personsAffected');
  const childrenAffected = count('childrenAffected');
  const dates = DECISION_DATES.map(([field, type]) => ({ field, type, effectiveDate: date(field) }));
  const closeReason = text('closeReason');
  const declared = dates[0].effectiveDate !== null;
  if (personsAffected !== null && !declared) error('personsAffected', 'requiresDeclaration', 'people affected belong to a declaration: its date is empty');
  if (childrenAffected !== null && personsAffected === null)
    error('childrenAffected', 'requiresPersonsAffected', 'children are counted among the people affected, which are empty');
  if (childrenAffected !== null && personsAffected !== null && childrenAffected > personsAffected) {
    error('childrenAffected', 'notAbovePersonsAffected', `${childrenAffected} children are more than the ${personsAffected} people affected`);
  }
  if (closeReason !== null && dates[4].effectiveDate === null) error('closeReason', 'requiresClosedOn', 'a reason for closing needs the date it was closed');
  const decisions = decisionsInOrder(dates, error);
  const fileReference = text('fileReference');
  // Read before the verdict below, so that a cell refused here rejects its row instead of going missing from it.
  const district = text('district');
  const owner = text('owner');
  const manager = text('manager');
  let note = text('note');
  if (fileReference !== null && decisions.length === 0) {
    // With no decision to carry it, the file reference stays on the building rather than being dropped.
    note = [note, `Aktenzeichen ${fileReference}`].filter(Boolean).join('\n');
    problem('fileReference', 'warning', 'fileReferenceInNote', 'no decision date to file it with: kept in the note');
    if (note.length > MAX_LENGTH.note!) error('note', 'tooLong', `with the file reference the note runs past ${MAX_LENGTH.note} characters`);
  }

  if (problems.some((p) => p.severity === 'error') || street === null || number === null) return { value: null, problems };
  return {
    value: {
      row,
      street,
      ...number,
      postcode,
      district,
      position: lat !== null && lon !== null ? { lat, lon } : null,
      owner,
      manager,
      fileReference,
      personsAffected,
      childrenAffected,
      closeReason,
      note,
      decisions,
    },
    problems,
  };
}

/** The decisions by date, same-day ones in the order a building goes through them; a step the status rule never allows is an error at its date. */
function decisionsInOrder(
  dates: ReadonlyArray<{ field: KatasterField; type: DecisionType; effectiveDate: string | null }>,
  error: (field: KatasterField, code: KatasterProblemCode, message: string) => void,
): ImportedDecision[] {
  const given = dates.filter((d): d is typeof d & { effectiveDate: string } => d.effectiveDate !== null);
  // Stable: same-day dates keep DECISION_DATES' order.
  const ordered = [...given].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0));
  const decisions: ImportedDecision[] = [];
  let status: PropertyStatus = 'suspected';
  let previous: (typeof ordered)[number] | null = null;
  for (const step of ordered) {
    const allowed: readonly DecisionType[] = ALLOWED_DECISIONS[status === 'suspected' ? 'inspected' : status];
    if (!allowed.includes(step.type)) {
      const after = previous ? `after ${previous.field} (${previous.effectiveDate})` : 'as the first decision';
      error(
        step.field,
        'decisionOrder',
        `${step.field} ${step.effectiveDate} cannot come ${after}: the building would be "${status}", which allows ${allowed.join(', ')}`,
      );
      return [];
    }
    decisions.push({ type: step.type, effectiveDate: step.effectiveDate, statusBefore: status, statusAfter: DECISION_TARGET[step.type] });
    status = DECISION_TARGET[step.type];
    previous = step;
  }
  return decisions;
}

/** A house number with its suffix: "12a" and "12 a" split into 12 and a, a separate suffix column taking precedence. */
function houseNumberOf(number: string | null, suffix: string | null): { houseNumber: string; houseNumberSuffix: string | null } | null {
  if (number === null || !/^\d/.test(number)) return null;
  const joined = /^(\d+)\s*([a-zA-Z])$/.exec(number);
  if (joined && suffix === null) return { houseNumber: joined[1], houseNumberSuffix: joined[2].toLowerCase() };
  return { houseNumber: number, houseNumberSuffix: suffix };
}

/** Days from 1899-12-30 to 1970-01-01: Excel's day numbers count from the former. */
const EXCEL_EPOCH_OFFSET = 25_569;

/** A date as a sheet holds it: a date cell, an Excel day number, "TT.MM.JJJJ" or "JJJJ-MM-TT". Two-digit years are refused, not guessed. */
export function readDate(cell: Cell): string | null {
  let value: string | null = null;
  if (cell instanceof Date) value = Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  else if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0)
    value = new Date((cell - EXCEL_EPOCH_OFFSET) * 86_400_000).toISOString().slice(0, 10);
  else if (typeof cell === 'string') {
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell.trim());
    value = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : cell.trim();
  }
  return isCalendarDate(value) ? value : null;
}
