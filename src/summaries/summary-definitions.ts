import type { LegalProfile } from '../legal/legal-profiles.js';
import { MEASURE_TYPES, type MeasureType } from '../operations/measure.entity.js';
import { OPERATION_KINDS, type OperationKind } from '../operations/operation.entity.js';
import { PROPERTY_STATUSES, STATUS_STYLE } from '../properties/status-catalogue.js';

export type FigureUnit = 'buildings' | 'operations' | 'measures' | 'persons' | 'cases' | 'days' | 'agencies';

export interface FigureDefinition {
  key: string;
  topic: TopicKey;
  label: string;
  unit: FigureUnit;
  /** Person counts are the only cells published perturbed (cell key method). */
  person: boolean;
  decimals: number;
  definition: string;
}

export const TOPICS = [
  { key: 'buildings', title: 'Gebäude und Status' },
  { key: 'operations', title: 'Einsätze' },
  { key: 'decisions', title: 'Entscheidungen' },
  { key: 'durations', title: 'Verfahrensdauer' },
  { key: 'persons', title: 'Betroffene Personen' },
  { key: 'registration', title: 'Meldekontrollen und Meldewesen' },
  { key: 'measures', title: 'Maßnahmen nach Art' },
  { key: 'measuresByAgency', title: 'Maßnahmen nach Stelle' },
] as const;
export type TopicKey = (typeof TOPICS)[number]['key'];

export const OPERATION_KIND_LABELS: Record<OperationKind, string> = {
  joint_inspection: 'gemeinsame Begehungen',
  registration_check: 'Meldekontrollen',
  follow_up: 'Nachkontrollen',
  acceptance_inspection: 'Abnahmen nach Sanierung',
};

export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  repair_order: 'Instandsetzungsanordnung',
  use_prohibition: 'Nutzungsuntersagung',
  deregistration_ex_officio: 'Abmeldung von Amts wegen',
  registration_request: 'Aufforderung zur Anmeldung',
  fine_proceedings: 'Bußgeldverfahren',
  electricity_blocked: 'Stromsperre',
  benefit_case: 'Leistungsfall',
  referral: 'Weiterleitung an andere Stelle',
  towing: 'Abschleppen',
  waste_removal: 'Müllbeseitigung',
  child_protection: 'Kinderschutzmaßnahme',
  other: 'Sonstige Maßnahme',
};

const IN_PERIOD = 'Anzahl verschiedener Gebäude mit mindestens einer Entscheidung dieser Art, wirksam im Berichtszeitraum.';
const SINCE_START = 'Anzahl verschiedener Gebäude mit mindestens einer Entscheidung dieser Art, wirksam bis zum Stichtag (seit Beginn der Aufzeichnungen).';
const DURATION = (end: string, stat: string) =>
  `${stat} der Tage von der jeweils letzten Unbewohnbarkeitserklärung bis zur Entscheidung „${end}“, für Entscheidungen „${end}“ im Berichtszeitraum (Quartile nach linearer Interpolation, Typ 7). ` +
  'Nur angegeben, wenn es mindestens so viele Fälle sind wie die kleinste ausgewiesene Personenzahl ungleich null, damit keine einzelne Akte ablesbar ist.';

function fixedDefinitions(legal: LegalProfile): FigureDefinition[] {
  const d = (key: string, topic: TopicKey, label: string, unit: FigureUnit, definition: string, decimals = 0): FigureDefinition => ({
    key,
    topic,
    label,
    unit,
    person: unit === 'persons',
    decimals,
    definition,
  });
  return [
    d(
      'buildings.known',
      'buildings',
      'Bekannte Gebäude',
      'buildings',
      'Gebäude, die bis zum Stichtag erfasst wurden oder bis dahin einen Einsatz oder eine Entscheidung hatten.',
    ),
    d(
      'buildings.inspectedInPeriod',
      'buildings',
      'Gebäude mit Einsatz im Zeitraum',
      'buildings',
      'Verschiedene Gebäude mit mindestens einem abgeschlossenen (eingereichten) Einsatz im Berichtszeitraum.',
    ),
    d(
      'buildings.inspectedEver',
      'buildings',
      'Gebäude mit Einsatz seit Beginn',
      'buildings',
      'Verschiedene Gebäude mit mindestens einem eingereichten Einsatz bis zum Stichtag.',
    ),
    ...PROPERTY_STATUSES.map((s) =>
      d(
        `status.${s}`,
        'buildings',
        `Status am Stichtag: ${STATUS_STYLE[s].labelDe}`,
        'buildings',
        `Bekannte Gebäude, deren aus der Historie abgeleiteter Status am Stichtag „${STATUS_STYLE[s].labelDe}“ war.`,
      ),
    ),
    d(
      'operations.total',
      'operations',
      'Einsätze im Zeitraum',
      'operations',
      'Eingereichte Einsätze mit Einsatzdatum im Berichtszeitraum (Entwürfe zählen nicht).',
    ),
    ...OPERATION_KINDS.map((k) =>
      d(
        `operations.${k}`,
        'operations',
        `davon ${OPERATION_KIND_LABELS[k]}`,
        'operations',
        `Eingereichte Einsätze der Art „${OPERATION_KIND_LABELS[k]}“ im Berichtszeitraum.`,
      ),
    ),
    d(
      'operations.agenciesPerOperation',
      'operations',
      'Beteiligte Stellen je Einsatz (Mittelwert)',
      'agencies',
      'Summe der beteiligten Stellen aller Einsätze im Zeitraum geteilt durch die Zahl dieser Einsätze.',
      1,
    ),
    d(
      'operations.withInterpreter',
      'operations',
      'Einsätze mit Sprachmittlung',
      'operations',
      'Eingereichte Einsätze im Zeitraum, bei denen eine Dolmetscherin oder ein Dolmetscher anwesend war.',
    ),
    d(
      'inPeriod.declared',
      'decisions',
      'Unbewohnbar erklärt im Zeitraum',
      'buildings',
      `${IN_PERIOD} (Unbewohnbarkeitserklärung nach ${legal.declarationReference})`,
    ),
    d('inPeriod.renovationStarted', 'decisions', 'Sanierung begonnen im Zeitraum', 'buildings', IN_PERIOD),
    d('inPeriod.lifted', 'decisions', 'Erklärung aufgehoben im Zeitraum', 'buildings', IN_PERIOD),
    d('inPeriod.relet', 'decisions', 'Wiedervermietet im Zeitraum', 'buildings', IN_PERIOD),
    d('inPeriod.closed', 'decisions', 'Erledigt im Zeitraum', 'buildings', IN_PERIOD),
    d(
      'sinceStart.declared',
      'decisions',
      'Unbewohnbar erklärt seit Beginn',
      'buildings',
      `${SINCE_START} Gezählt wird jedes Gebäude, das je für unbewohnbar erklärt wurde, unabhängig vom heutigen Status.`,
    ),
    d('sinceStart.renovationStarted', 'decisions', 'Sanierung begonnen seit Beginn', 'buildings', SINCE_START),
    d('sinceStart.lifted', 'decisions', 'Erklärung aufgehoben seit Beginn', 'buildings', SINCE_START),
    d(
      'sinceStart.reletAfterDeclaration',
      'decisions',
      'Saniert und wiedervermietet seit Beginn',
      'buildings',
      'Verschiedene Gebäude, die bis zum Stichtag nach einer Unbewohnbarkeitserklärung den Status „Wiedervermietet“ erreicht haben.',
    ),
    d('sinceStart.closed', 'decisions', 'Erledigt seit Beginn', 'buildings', SINCE_START),
    d(
      'daysToLifted.cases',
      'durations',
      'Aufhebungen mit Dauer (Fälle)',
      'cases',
      'Zahl der Aufhebungen im Zeitraum, denen eine Unbewohnbarkeitserklärung vorausging.',
    ),
    d('daysToLifted.q1', 'durations', 'Tage bis zur Aufhebung: 1. Quartil', 'days', DURATION('Erklärung aufgehoben', '1. Quartil'), 1),
    d('daysToLifted.median', 'durations', 'Tage bis zur Aufhebung: Median', 'days', DURATION('Erklärung aufgehoben', 'Median'), 1),
    d('daysToLifted.q3', 'durations', 'Tage bis zur Aufhebung: 3. Quartil', 'days', DURATION('Erklärung aufgehoben', '3. Quartil'), 1),
    d(
      'daysToRelet.cases',
      'durations',
      'Wiedervermietungen mit Dauer (Fälle)',
      'cases',
      'Zahl der Wiedervermietungen im Zeitraum, denen eine Unbewohnbarkeitserklärung vorausging.',
    ),
    d('daysToRelet.q1', 'durations', 'Tage bis zur Wiedervermietung: 1. Quartil', 'days', DURATION('Wiedervermietet', '1. Quartil'), 1),
    d('daysToRelet.median', 'durations', 'Tage bis zur Wiedervermietung: Median', 'days', DURATION('Wiedervermietet', 'Median'), 1),
    d('daysToRelet.q3', 'durations', 'Tage bis zur Wiedervermietung: 3. Quartil', 'days', DURATION('Wiedervermietet', '3. Quartil'), 1),
    d(
      'persons.affected',
      'persons',
      'Betroffene Personen',
      'persons',
      'Personen, die von Entscheidungen (Unbewohnbarkeitserklärungen, Räumungen) mit Wirkung im Zeitraum betroffen waren; ist der erfasste Verbleib größer als die erfasste Zahl, zählt der Verbleib.',
    ),
    d('persons.children', 'persons', 'davon Kinder', 'persons', 'Kinder unter den betroffenen Personen, wie in der Entscheidung erfasst.'),
    d(
      'persons.shelter',
      'persons',
      'Verbleib: städtische Unterbringung',
      'persons',
      'Betroffene Personen, die in einer städtischen Notunterkunft untergebracht wurden.',
    ),
    d(
      'persons.owner',
      'persons',
      'Verbleib: Ersatzwohnraum durch Eigentümer',
      'persons',
      'Betroffene Personen, denen der Eigentümer Ersatzwohnraum gestellt hat.',
    ),
    d(
      'persons.self',
      'persons',
      'Verbleib: Angehörige / selbst organisiert',
      'persons',
      'Betroffene Personen, die bei Angehörigen oder selbst organisiert untergekommen sind.',
    ),
    d(
      'persons.unknown',
      'persons',
      'Verbleib: unbekannt oder nicht erfasst',
      'persons',
      'Betroffene Personen mit unbekanntem oder nicht erfasstem Verbleib (Rest, so dass die vier Verbleibsarten die betroffenen Personen ergeben).',
    ),
    d(
      'registration.personsRegistered',
      'registration',
      'Gemeldete Personen (Meldekontrollen)',
      'persons',
      'Summe der laut datiertem Melderegisterauszug gemeldeten Personen in den Belegungszählungen eingereichter Meldekontrollen im Zeitraum.',
    ),
    d(
      'registration.personsFound',
      'registration',
      'Angetroffene Personen (Meldekontrollen)',
      'persons',
      'Summe der angetroffenen Personen in denselben Belegungszählungen (zurückgezogene Zählungen nicht).',
    ),
    d(
      'registration.deregistered',
      'registration',
      'Abmeldungen von Amts wegen (Personen)',
      'persons',
      'Personenzahl der Maßnahmen „Abmeldung von Amts wegen“ mit Datum im Zeitraum (nur für die ganze Taskforce sichtbare Maßnahmen).',
    ),
    d(
      'registration.registrationRequests',
      'registration',
      'Aufforderungen zur Anmeldung (Personen)',
      'persons',
      'Personenzahl der Maßnahmen „Aufforderung zur Anmeldung“ mit Datum im Zeitraum (nur für die ganze Taskforce sichtbare Maßnahmen).',
    ),
    d(
      'measures.total',
      'measures',
      'Maßnahmen im Zeitraum',
      'measures',
      'Nicht zurückgezogene Maßnahmen eingereichter Einsätze mit Maßnahmedatum im Zeitraum, gleich welcher Sichtbarkeit und welchen heutigen Zustands.',
    ),
    ...MEASURE_TYPES.map((t) =>
      d(`measures.type.${t}`, 'measures', MEASURE_TYPE_LABELS[t], 'measures', `Maßnahmen der Art „${MEASURE_TYPE_LABELS[t]}“ im Zeitraum.`),
    ),
    d(
      'measures.overdue',
      'measures',
      'Offene Maßnahmen mit überschrittener Frist',
      'measures',
      'Maßnahmen mit Datum bis zum Stichtag und Frist vor dem Stichtag, die am Stichtag offen waren (heute offen oder erst nach dem Stichtag erledigt bzw. aufgehoben).',
    ),
  ];
}

/** The figure catalogue; measure columns per agency follow the agencies of the installation, legal references its Land. */
export function figureDefinitions(agencies: ReadonlyArray<{ code: string; name: string }>, legal: LegalProfile): FigureDefinition[] {
  const byAgency = agencies.map<FigureDefinition>((a) => ({
    key: `measures.agency.${a.code}`,
    topic: 'measuresByAgency',
    label: a.name,
    unit: 'measures',
    person: false,
    decimals: 0,
    definition: `Maßnahmen im Zeitraum, für die die Stelle „${a.name}“ zuständig ist.`,
  }));
  return [...fixedDefinitions(legal), ...byAgency];
}

/** The measure types whose person counts are council figures, with their figure. */
export const MEASURE_PERSON_FIGURES = {
  deregistration_ex_officio: 'registration.deregistered',
  registration_request: 'registration.registrationRequests',
} as const satisfies Partial<Record<MeasureType, string>>;
