import { format, language } from '../i18n';

/** The dashboard's own strings; the report's figures, labels and method come German from the server. */
const DE = {
  open: 'Lagebericht',
  heading: 'Lagebericht für Rat und Ausschuss',
  close: 'Zurück zur Karte',
  from: 'Von',
  to: 'Bis',
  preset: 'Zeitraum',
  presetLast12: 'Letzte 12 Monate',
  presetLastYear: 'Vorjahr',
  presetThisYear: 'Laufendes Jahr',
  presetCustom: 'Frei wählen',
  city: 'Stadt',
  district: 'Stadtbezirk',
  wholeCity: 'Ganze Stadt',
  show: 'Anzeigen',
  csv: 'CSV herunterladen',
  pdf: 'PDF herunterladen',
  loading: 'Lagebericht wird berechnet …',
  downloading: 'Datei wird erstellt …',
  downloaded: '{file} heruntergeladen.',
  error: 'Der Lagebericht konnte nicht geladen werden: {message}',
  period: 'Berichtszeitraum {from} bis {to}, verglichen mit {prevFrom} bis {prevTo}.',
  charts: 'Diagramme',
  figure: 'Kennzahl',
  changeNote:
    'Unter jedem Wert: Veränderung gegenüber dem Vergleichszeitraum. „< {min}“: kleine Personenzahl; die übrigen Personenzahlen sind zum Schutz der Betroffenen um bis zu ± {deviation} überlagert (Cell-Key-Verfahren, siehe Methode). „–“: nicht berechenbar (keine oder zu wenige Fälle).',
  method: 'Methode, Definitionen und Fingerabdruck',
  fingerprint: 'Fingerabdruck der Daten (SHA-256)',
  definitions: 'Definitionen',
};

const EN: typeof DE = {
  open: 'Status report',
  heading: 'Status report for the council',
  close: 'Back to the map',
  from: 'From',
  to: 'To',
  preset: 'Period',
  presetLast12: 'Last 12 months',
  presetLastYear: 'Last year',
  presetThisYear: 'This year',
  presetCustom: 'Custom',
  city: 'City',
  district: 'District',
  wholeCity: 'Whole city',
  show: 'Show',
  csv: 'Download CSV',
  pdf: 'Download PDF',
  loading: 'Computing the status report …',
  downloading: 'Preparing the file …',
  downloaded: '{file} downloaded.',
  error: 'The status report could not be loaded: {message}',
  period: 'Period {from} to {to}, compared with {prevFrom} to {prevTo}.',
  charts: 'Charts',
  figure: 'Figure',
  changeNote:
    'Below each value: change against the previous period. "< {min}": small person count; the other person counts are perturbed by up to ± {deviation} to protect the people concerned (cell key method, see method). "–": not computable (no or too few cases).',
  method: 'Method, definitions and fingerprint',
  fingerprint: 'Data fingerprint (SHA-256)',
  definitions: 'Definitions',
};

export type SummaryTextKey = keyof typeof DE;

export function st(key: SummaryTextKey, params: Record<string, string | number> = {}): string {
  return format((language() === 'en' ? EN : DE)[key], params);
}
