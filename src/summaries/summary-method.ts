import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { FigureDefinition } from './summary-definitions.js';
import type { Period, SummaryInput } from './summary-input.js';
import { formatDate, formatTimestamp } from './german-format.js';
import { MAX_DEVIATION } from './cell-key.js';

export interface SummaryMethod {
  period: string;
  previousPeriod: string;
  dataAsOf: string;
  timeZone: string;
  dataAsOfText: string;
  sources: string;
  visibilityRule: string;
  perturbationRule: string;
  minCell: number;
  maxDeviation: number;
  definitions: Array<{ key: string; label: string; definition: string }>;
  fingerprint: string;
  fingerprintMethod: string;
}

/** Bumped whenever the input rows or the figure rules change meaning, so old fingerprints are not compared with new ones. */
export const FINGERPRINT_VERSION = 5;

/**
 * SHA-256 over a canonical serialisation of the input rows: aggregate rows with keys and rows sorted, numbers as
 * JSON numbers, then the decisions in their order. The same data and period always give the same hash, whatever
 * the database or the time of day.
 */
export function fingerprintInput(input: SummaryInput, minCell: number): string {
  const hash = createHash('sha256').update(stringify({ version: FINGERPRINT_VERSION, minCell, input: canonicalInput(input) }) ?? '', 'utf8');
  // Tens of thousands of rows of one shape: one tab-separated line each, fields in a fixed order, instead of sorting
  // each row's keys (41,000 decisions: 31 ms instead of 200 ms for the whole fingerprint). Ids, codes and days hold
  // no tabs or line breaks; the order is kept as loaded.
  hash.update(input.decisions.map((d) => `\n${d.propertyId}\t${d.districtId ?? ''}\t${d.type}\t${d.effectiveDate}`).join(''), 'utf8');
  return hash.digest('hex');
}

function canonicalInput(input: SummaryInput): Omit<SummaryInput, 'decisions'> {
  const sorted = <T>(rows: readonly T[]) =>
    [...rows]
      .map((r) => [stringify(r) ?? '', r] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, r]) => r);
  const period = (p: SummaryInput['current']) => ({
    from: p.from,
    to: p.to,
    buildings: sorted(p.buildings),
    operations: sorted(p.operations),
    decisionPersons: sorted(p.decisionPersons),
    occupancy: sorted(p.occupancy),
    measures: sorted(p.measures),
    overdue: sorted(p.overdue),
    cellKeys: sorted(p.cellKeys),
  });
  return {
    districts: sorted(input.districts),
    agencies: sorted(input.agencies),
    current: period(input.current),
    previous: period(input.previous),
  };
}

const periodText = (p: Period) => `${formatDate(p.from)} bis ${formatDate(p.to)} (jeweils einschließlich)`;

export function buildMethod(options: {
  current: Period;
  previous: Period;
  dataAsOf: string;
  /** The city's time zone (TZ_CITY), named next to every time shown. */
  timeZone: string;
  minCell: number;
  definitions: readonly FigureDefinition[];
  fingerprint: string;
  districtName: string | null;
}): SummaryMethod {
  const { minCell } = options;
  return {
    period: `Berichtszeitraum ${periodText(options.current)}; Stichtag ist der ${formatDate(options.current.to)}.${options.districtName ? ` Ausgewiesen: Stadtbezirk ${options.districtName} und die ganze Stadt.` : ''}`,
    previousPeriod: `Vergleichszeitraum gleicher Länge: ${periodText(options.previous)}. Die Veränderung ist Berichtszeitraum minus Vergleichszeitraum.`,
    dataAsOf: options.dataAsOf,
    timeZone: options.timeZone,
    dataAsOfText: `Datenstand: ${formatTimestamp(options.dataAsOf, options.timeZone)} (${options.timeZone}).`,
    sources:
      'Grundlage sind nur eingereichte Einsätze (keine Entwürfe) und die darin nicht durch Nachträge zurückgezogenen Befunde, Belegungszählungen und Maßnahmen, ' +
      'sowie die Entscheidungen zu Gebäuden. Status, Kumulativ- und Dauerwerte werden aus der datierten Entscheidungshistorie jedes Gebäudes abgeleitet, nicht aus dem heutigen Status. ' +
      'Die Zuordnung zu Stadtbezirken folgt der Adresse des Gebäudes. Der Bericht enthält keine Adressen, keine Namen von Beteiligten und keine Angaben zu einzelnen Gebäuden.',
    visibilityRule:
      'Gezählt wird nur, was jede Leserin und jeder Leser des Berichts sehen darf: Maßnahmen, die eine Behörde nur für sich führt (Sichtbarkeit „nur eigene Behörde“), ' +
      'gehen in keine Zahl ein – weder in Maßnahmen- und Fristzahlen noch in Personenzahlen –, damit keine Veränderung einer Zahl ihr Bestehen verrät. ' +
      'Entwürfe zählen nicht; sie sind nur für die Person sichtbar, die sie angelegt hat.',
    perturbationRule:
      `Personenzahlen von 1 bis ${minCell - 1} werden als „< ${minCell}“ ausgewiesen, 0 wird gezeigt. ` +
      'Alle übrigen Personenzahlen werden mit dem Cell-Key-Verfahren (Zellschlüsselverfahren) der amtlichen Statistik überlagert, wie im Zensus 2022, ' +
      'damit sich auch aus der Differenz zweier ausgewiesener Zahlen (zwei Zeiträume, Bezirk und Stadt, vor und nach einer Eintragung) kein einzelner Fall ablesen lässt: ' +
      'Jeder Datensatz (Entscheidung, Belegungszählung, Maßnahme) trägt einen geheimen Zufallsschlüssel; der Schlüssel einer Zelle ist die Summe der Schlüssel der Datensätze, die zu ihr mindestens eine Person beitragen. ' +
      `Er wählt aus einer festen Überlagerungstabelle eine Abweichung von höchstens ± ${MAX_DEVIATION}, die im Mittel null ist; ausgewiesen wird nie weniger als ${minCell}. ` +
      'Dieselben Datensätze ergeben immer dieselbe Abweichung – in jedem Zeitraum, Bezirk und Format und bei jeder neuen Abfrage. ' +
      `Eine ausgewiesene Personenzahl kann deshalb um bis zu ${MAX_DEVIATION} vom wahren Wert abweichen; die Bezirke ergeben in der Summe nicht genau die Stadt, ` +
      'die Verbleibsarten nicht genau die Betroffenen, und Veränderungen sind Differenzen der ausgewiesenen Werte (nicht berechenbar, wenn ein Wert „<“ ist). ' +
      'Gebäude-, Einsatz-, Entscheidungs- und Maßnahmenzahlen werden genau ausgewiesen.',
    minCell,
    maxDeviation: MAX_DEVIATION,
    definitions: options.definitions.map((d) => ({ key: d.key, label: d.label, definition: d.definition })),
    fingerprint: options.fingerprint,
    fingerprintMethod:
      `SHA-256 über die kanonische Darstellung aller Eingangszeilen beider Zeiträume mit den Zellschlüsseln und der kleinsten ausgewiesenen Personenzahl (Version ${FINGERPRINT_VERSION}): ` +
      'Summenzeilen als JSON mit sortierten Schlüsseln und Zeilen, Entscheidungen als Textzeilen in ihrer Reihenfolge. ' +
      'Derselbe Zeitraum auf denselben Daten ergibt denselben Fingerabdruck.',
  };
}
