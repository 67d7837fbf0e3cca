/** The agencies of a Taskforce Problemimmobilien (DESIGN §1), seeded by the first migration. */
export const AGENCY_CATALOGUE: ReadonlyArray<{ code: string; name: string; nameEn: string; taskforce: boolean }> = [
  { code: 'ordnungsamt', name: 'Ordnungsamt', nameEn: 'Public order office', taskforce: true },
  { code: 'bauaufsicht', name: 'Bauaufsicht / Wohnungsaufsicht', nameEn: 'Building and housing supervision', taskforce: true },
  { code: 'feuerwehr', name: 'Feuerwehr', nameEn: 'Fire service', taskforce: true },
  { code: 'polizei', name: 'Polizei', nameEn: 'Police', taskforce: true },
  { code: 'jugendamt', name: 'Jugendamt', nameEn: 'Youth welfare office', taskforce: true },
  { code: 'jobcenter', name: 'Jobcenter', nameEn: 'Job centre', taskforce: true },
  { code: 'auslaenderbehoerde', name: 'Ausländerbehörde', nameEn: 'Immigration office', taskforce: true },
  { code: 'finanzamt', name: 'Finanzamt', nameEn: 'Tax office', taskforce: true },
  { code: 'familienkasse', name: 'Familienkasse', nameEn: 'Family benefits office', taskforce: true },
  { code: 'zoll', name: 'Zoll (Finanzkontrolle Schwarzarbeit)', nameEn: 'Customs (undeclared work unit)', taskforce: true },
  { code: 'gesundheitsamt', name: 'Gesundheitsamt', nameEn: 'Public health office', taskforce: true },
  { code: 'meldebehoerde', name: 'Meldebehörde (Bürgerservice)', nameEn: 'Registration office', taskforce: true },
  { code: 'versorger', name: 'Versorgungsunternehmen (Strom, Gas, Wasser)', nameEn: 'Utilities', taskforce: true },
  { code: 'dolmetscher', name: 'Sprachmittlung / Dolmetscherdienst', nameEn: 'Interpreters', taskforce: true },
  { code: 'rat', name: 'Rat der Stadt / Ausschuss', nameEn: 'City council / committee', taskforce: false },
  { code: 'verwaltung', name: 'Zentrale Verwaltung / IT', nameEn: 'Central administration / IT', taskforce: false },
];
