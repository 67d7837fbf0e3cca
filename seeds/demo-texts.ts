import type { FindingCategory, Severity, Visibility } from '../src/operations/finding.entity.js';
import type { MeasureType } from '../src/operations/measure.entity.js';
import type { OperationTrigger } from '../src/operations/operation.entity.js';

/** Which agencies record a finding category, and whether it is for their eyes only. */
export const CATEGORY_OWNERS: Record<FindingCategory, { agencies: readonly string[]; visibility: Visibility }> = {
  electricity: { agencies: ['bauaufsicht', 'versorger', 'feuerwehr'], visibility: 'taskforce' },
  heating: { agencies: ['bauaufsicht', 'versorger'], visibility: 'taskforce' },
  water_sanitation: { agencies: ['bauaufsicht', 'gesundheitsamt'], visibility: 'taskforce' },
  cooking_lighting_connections: { agencies: ['bauaufsicht', 'versorger'], visibility: 'taskforce' },
  weather_damp_protection: { agencies: ['bauaufsicht'], visibility: 'taskforce' },
  room_size: { agencies: ['bauaufsicht'], visibility: 'taskforce' },
  ventilation_daylight: { agencies: ['bauaufsicht'], visibility: 'taskforce' },
  fire_safety: { agencies: ['feuerwehr', 'bauaufsicht'], visibility: 'taskforce' },
  structural_safety: { agencies: ['bauaufsicht'], visibility: 'taskforce' },
  vermin: { agencies: ['gesundheitsamt', 'ordnungsamt'], visibility: 'taskforce' },
  waste: { agencies: ['ordnungsamt', 'gesundheitsamt'], visibility: 'taskforce' },
  unapproved_use: { agencies: ['bauaufsicht', 'ordnungsamt'], visibility: 'taskforce' },
  overcrowding: { agencies: ['ordnungsamt', 'bauaufsicht'], visibility: 'taskforce' },
  child_welfare: { agencies: ['jugendamt'], visibility: 'agency' },
  other: { agencies: ['polizei', 'zoll', 'ordnungsamt'], visibility: 'taskforce' },
};

/** Categories that can carry an immediate danger to life or health. */
export const DANGER_CATEGORIES: readonly FindingCategory[] = ['electricity', 'fire_safety', 'structural_safety', 'heating', 'water_sanitation'];

const TEXTS: Record<FindingCategory, Record<Severity, readonly string[]>> = {
  electricity: {
    minor: ['Abdeckung einer Steckdose fehlt.', 'Lichtschalter im Flur defekt.'],
    major: ['Provisorische Verlängerungskabel durch mehrere Wohnungen verlegt.', 'Sicherungskasten ohne FI-Schutzschalter, mehrfach überbrückt.'],
    danger: ['Offene Verteilung, freiliegende spannungsführende Leitungen im Treppenhaus.', 'Strom illegal vor dem Zähler abgegriffen, Leitungen verschmort.'],
  },
  heating: {
    minor: ['Heizkörper in einem Raum ohne Thermostatventil.'],
    major: ['Zentralheizung seit Wochen ausgefallen, Bewohner heizen mit Elektroradiatoren.', 'Gastherme ohne gültige Abgasmessung.'],
    danger: ['Kohlenmonoxid-Warnung an der Gastherme, Abgasführung undicht.', 'Gasgeruch im Heizungsraum, Absperrung durch Versorger.'],
  },
  water_sanitation: {
    minor: ['Tropfender Wasserhahn in der Küche.'],
    major: ['Eine Toilette für mehr als zwanzig Personen, Warmwasser fehlt.', 'Abwasserleitung im Keller undicht, Fäkalwasser tritt aus.'],
    danger: ['Trinkwasser mit Legionellen belastet, Nutzung untersagt.', 'Keller mit Abwasser geflutet, Seuchengefahr.'],
  },
  cooking_lighting_connections: {
    minor: ['Herdanschluss ohne Abdeckung.'],
    major: ['Keine Kochgelegenheit in den Zimmern, Kochen auf Campingkochern.'],
    danger: ['Gaskartuschen-Kocher in Schlafräumen, akute Brandgefahr.'],
  },
  weather_damp_protection: {
    minor: ['Fensterdichtung an einem Fenster porös.'],
    major: ['Großflächiger Schimmelbefall in Schlafzimmern.', 'Dach undicht, Wasser tritt im Dachgeschoss ein.'],
    danger: ['Durchfeuchtete Decke droht einzustürzen.'],
  },
  room_size: {
    minor: ['Abstellraum als Schlafplatz genutzt.'],
    major: ['Aufenthaltsräume unter 10 m² als Wohnraum für mehrere Personen vermietet.'],
    danger: ['Kellerverschlag ohne Fenster als Schlafraum vermietet.'],
  },
  ventilation_daylight: {
    minor: ['Badlüfter defekt.'],
    major: ['Schlafräume ohne Fenster und ohne Lüftung.'],
    danger: ['Fensterloser Raum mit Gasheizofen genutzt, keine Belüftung.'],
  },
  fire_safety: {
    minor: ['Rauchwarnmelder in einem Zimmer fehlt.'],
    major: ['Zweiter Rettungsweg verstellt, Rauchwarnmelder fehlen.', 'Brandschutztüren verkeilt und offen gehalten.'],
    danger: ['Treppenhaus mit Sperrmüll und Matratzen zugestellt, Rettungsweg blockiert.', 'Brandspuren an Elektroverteilung, kein zweiter Rettungsweg.'],
  },
  structural_safety: {
    minor: ['Putzschäden an der Fassade.'],
    major: ['Balkonbrüstung lose, Geländer fehlt teilweise.', 'Risse im tragenden Mauerwerk.'],
    danger: ['Treppenlauf einsturzgefährdet, Stufen durchgebrochen.', 'Deckenbalken morsch, Einsturzgefahr im Dachgeschoss.'],
  },
  vermin: {
    minor: ['Vereinzelt Schaben in der Küche.'],
    major: ['Rattenbefall im Keller und Hof.', 'Bettwanzenbefall in mehreren Wohnungen.'],
    danger: ['Massiver Rattenbefall in Wohnräumen, Kinder gebissen.'],
  },
  waste: {
    minor: ['Mülltonnen überfüllt.'],
    major: ['Sperrmüll und Hausmüll im Hof, Geruchsbelästigung.'],
    danger: ['Müllberg im Hauseingang, Brandlast und Seuchengefahr.'],
  },
  unapproved_use: {
    minor: ['Gewerberaum ohne Genehmigung als Lager genutzt.'],
    major: ['Dachboden ohne Genehmigung zu Schlafräumen ausgebaut.', 'Ladenlokal als Wohnung genutzt.'],
    danger: ['Tiefgarage als Massenunterkunft genutzt.'],
  },
  overcrowding: {
    minor: ['Belegung knapp an der Mindestwohnfläche.'],
    major: ['Deutliche Überbelegung: weniger als 10 m² je Person.'],
    danger: ['Extreme Überbelegung mit Matratzenlager, Fluchtwege versperrt.'],
  },
  child_welfare: {
    minor: ['Schulpflichtige Kinder ohne Schulanmeldung angetroffen; Beratung angeboten.'],
    major: ['Kleinkinder in Räumen mit Schimmelbefall, Hausbesuch des ASD vereinbart.'],
    danger: ['Kleinkind ohne Aufsicht in nicht gesicherter Wohnung, Inobhutnahme geprüft.'],
  },
  other: {
    minor: ['Briefkastenanlage ohne Namensschilder.'],
    major: ['Hinweise auf Schwarzarbeit und Scheinanmeldungen.'],
    danger: ['Illegale Waffen in einer Wohnung aufgefunden.'],
  },
};

export function findingText(category: FindingCategory, severity: Severity, pick: (texts: readonly string[]) => string): string {
  return pick(TEXTS[category][severity]);
}

/** Agency, legal basis, visibility and wording of each measure type. */
export const MEASURE_PROFILES: Record<MeasureType, { agency: string; legalBasis: string | null; visibility: Visibility; text: string }> = {
  repair_order: { agency: 'bauaufsicht', legalBasis: null, visibility: 'taskforce', text: 'Instandsetzungsanordnung an die Eigentümerin mit Frist.' },
  use_prohibition: { agency: 'bauaufsicht', legalBasis: '§ 58 BauO NRW', visibility: 'taskforce', text: 'Nutzungsuntersagung für die betroffenen Räume.' },
  deregistration_ex_officio: {
    agency: 'meldebehoerde',
    legalBasis: '§ 6 BMG',
    visibility: 'taskforce',
    text: 'Abmeldung von Amts wegen der nicht angetroffenen gemeldeten Personen.',
  },
  registration_request: {
    agency: 'meldebehoerde',
    legalBasis: '§ 17 BMG',
    visibility: 'taskforce',
    text: 'Aufforderung zur Anmeldung der angetroffenen, nicht gemeldeten Personen.',
  },
  fine_proceedings: { agency: 'ordnungsamt', legalBasis: '§ 54 BMG', visibility: 'taskforce', text: 'Bußgeldverfahren gegen den Wohnungsgeber eingeleitet.' },
  electricity_blocked: { agency: 'versorger', legalBasis: '§ 24 NAV', visibility: 'taskforce', text: 'Stromversorgung wegen Gefahr gesperrt.' },
  benefit_case: { agency: 'jobcenter', legalBasis: 'SGB II', visibility: 'agency', text: 'Leistungsfall zur Prüfung der Unterkunftskosten angelegt.' },
  referral: { agency: 'ordnungsamt', legalBasis: null, visibility: 'taskforce', text: 'Weiterleitung an die zuständige Stelle.' },
  towing: { agency: 'ordnungsamt', legalBasis: '§ 24 OBG NRW', visibility: 'taskforce', text: 'Schrottfahrzeug im Hof abgeschleppt.' },
  waste_removal: {
    agency: 'ordnungsamt',
    legalBasis: '§ 14 OBG NRW',
    visibility: 'taskforce',
    text: 'Müllbeseitigung auf Kosten der Eigentümerin angeordnet.',
  },
  child_protection: {
    agency: 'jugendamt',
    legalBasis: '§ 8a SGB VIII',
    visibility: 'agency',
    text: 'Gefährdungseinschätzung eingeleitet, Hausbesuch vereinbart.',
  },
  other: { agency: 'polizei', legalBasis: null, visibility: 'taskforce', text: 'Strafanzeige aufgenommen.' },
};

/** The housing-supervision law in force on a date: WoG NRW, from 30 April 2014 the WAG NRW, from July 2021 the WohnStG NRW. */
export function housingLaw(date: string): string {
  if (date >= '2021-07-01') return 'WohnStG NRW';
  return date >= '2014-04-30' ? 'WAG NRW' : 'WoG NRW';
}

/** Legal basis of a declaration of uninhabitability on a date. */
export function declarationLaw(date: string): string {
  if (date >= '2021-07-01') return '§ 9 WohnStG NRW';
  return date >= '2014-04-30' ? 'WAG NRW' : '§ 8 WoG NRW';
}

/** Where the reason for a visit came from, as a clerk would write it. */
export const TRIGGER_SOURCES: Record<OperationTrigger, readonly string[]> = {
  complaint: ['Beschwerde aus der Nachbarschaft', 'Beschwerde einer Mieterin', 'Sammelbeschwerde der Hausgemeinschaft nebenan'],
  youth_office_tip: ['Hinweis des Allgemeinen Sozialen Dienstes', 'Meldung einer Schule über Kinder ohne festen Wohnsitz'],
  utility_disconnection: ['Meldung Versorger: Sperrung angekündigt', 'Meldung Versorger: Zählermanipulation vermutet'],
  earlier_finding: ['Nachkontrolle zur letzten Begehung', 'Fristablauf der Instandsetzungsanordnung'],
  register_anomaly: ['Auffällige Meldezahlen (Meldebehörde)', 'Viele An- und Abmeldungen in kurzer Zeit'],
  police_report: ['Einsatzbericht der Polizei', 'Hinweis des Bezirksdienstes'],
  fire_service_report: ['Einsatzbericht der Feuerwehr nach Kellerbrand', 'Brandschau der Feuerwehr'],
  routine: ['Schwerpunktkontrolle im Quartier', 'Turnusmäßige Kontrolle'],
  other: ['Anfrage der Bezirksvertretung', 'Presseanfrage'],
};

export const OPERATION_NOTES = [
  'Zugang über die Hausverwaltung.',
  'Mehrere Wohnungen verschlossen, Bewohner nicht angetroffen.',
  'Verständigung nur mit Sprachmittlung möglich.',
  'Eigentümerin telefonisch nicht erreichbar.',
  'Bewohner kooperativ, Mietverträge eingesehen.',
];
