/** Generic, invented names for the fictitious demo data set (the UI shows "Demodaten – fiktive Adressen"). */

export const STREET_NAMES: readonly string[] = [
  'Amselweg', 'Zechenstraße', 'Drosselgasse', 'Finkenstraße', 'Meisenweg', 'Lerchenstraße', 'Starenweg', 'Schwalbenstraße',
  'Kranichweg', 'Reiherstraße', 'Falkenweg', 'Sperlingsgasse', 'Kiebitzweg', 'Eulenstraße', 'Taubenstraße', 'Dohlenweg',
  'Ahornweg', 'Birkenstraße', 'Buchenweg', 'Eichenstraße', 'Erlenweg', 'Eschenstraße', 'Fichtenweg', 'Kastanienallee',
  'Lärchenweg', 'Pappelstraße', 'Ulmenweg', 'Weidenstraße', 'Holunderweg', 'Haselnussweg', 'Wacholderstraße', 'Ebereschenweg',
  'Kohlenstraße', 'Schachtstraße', 'Stollenweg', 'Förderturmstraße', 'Hüttenstraße', 'Hochofenweg', 'Kokereistraße', 'Walzwerkstraße',
  'Bergmannstraße', 'Steigerweg', 'Kumpelgasse', 'Lorenweg', 'Grubenstraße', 'Halde-Nord-Weg', 'Schlackenweg', 'Gießereistraße',
  'Hafenstraße', 'Kaistraße', 'Werftweg', 'Schifferstraße', 'Lotsenweg', 'Ankerstraße', 'Bojenweg', 'Kranstraße',
  'Speicherstraße', 'Schleusenweg', 'Fährstraße', 'Deichweg', 'Uferstraße', 'Buhnenweg', 'Auenweg', 'Wiesenstraße',
  'Feldstraße', 'Ackerweg', 'Gartenstraße', 'Brunnenstraße', 'Mühlenweg', 'Bachstraße', 'Teichweg', 'Quellenstraße',
  'Blumenstraße', 'Rosenweg', 'Tulpenstraße', 'Nelkenweg', 'Lilienstraße', 'Asternweg', 'Dahlienstraße', 'Veilchenweg',
  'Sonnenstraße', 'Mondweg', 'Sternstraße', 'Kometenweg', 'Morgenstraße', 'Abendweg', 'Frühlingstraße', 'Sommerweg',
  'Herbststraße', 'Winterweg', 'Nordstraße', 'Südweg', 'Oststraße', 'Westweg', 'Querstraße', 'Kurze Straße',
  'Lange Straße', 'Mittelstraße', 'Hinterweg', 'Neue Gasse', 'Alte Gasse', 'Kirchweg', 'Schulstraße', 'Marktweg',
  'Handwerkerstraße', 'Schmiedeweg', 'Bäckerstraße', 'Müllerweg', 'Weberstraße', 'Töpferweg', 'Zimmermannstraße', 'Maurerweg',
  'Glasergasse', 'Schneiderweg', 'Gerberstraße', 'Böttcherweg', 'Küferstraße', 'Drechslerweg', 'Seilerstraße', 'Färberweg',
  'Am Förderband', 'Am Kohlenlager', 'Am Wasserturm', 'Am Stellwerk', 'Am Güterbahnhof', 'An der Lore', 'An der Zeche', 'Im Hüttenfeld',
];

/** Postcodes in the Duisburg range (47051–47279), by Ortsteil code where known, else by Stadtbezirk code. */
export const POSTCODES: Readonly<Record<string, readonly string[]>> = {
  '100': ['47178', '47179'],
  '200': ['47166', '47167', '47169'],
  '300': ['47137', '47138', '47139'],
  '304': ['47119'],
  '305': ['47138'],
  '306': ['47137'],
  '307': ['47138'],
  '400': ['47198', '47199'],
  '401': ['47119'],
  '402': ['47198'],
  '403': ['47198'],
  '404': ['47199'],
  '500': ['47051', '47053', '47057', '47058', '47059'],
  '501': ['47051'],
  '502': ['47059'],
  '503': ['47059'],
  '504': ['47058'],
  '505': ['47057'],
  '506': ['47057'],
  '507': ['47051', '47053'],
  '508': ['47053'],
  '509': ['47055'],
  '600': ['47226', '47228', '47229', '47239'],
  '700': ['47249', '47259', '47269', '47279'],
  '701': ['47279'],
  '702': ['47279'],
  '703': ['47249'],
  '704': ['47249'],
  '705': ['47269'],
  '706': ['47269'],
  '707': ['47259'],
  '708': ['47259'],
  '709': ['47259'],
  '710': ['47259'],
};

/** Obviously invented surnames and first names for natural-person owners. */
const SURNAMES = ['Mustermann', 'Musterfrau', 'Beispiel', 'Platzhalter', 'Fiktiv', 'Erfunden', 'Probemann', 'Testfeld', 'Demowitz', 'Ohnesorg', 'Scheinberg', 'Namenlos'];
const FIRST_NAMES = ['Erika', 'Max', 'Hans', 'Petra', 'Klaus', 'Sabine', 'Jürgen', 'Monika', 'Dieter', 'Ursula', 'Bernd', 'Heike', 'Uwe', 'Gabi'];

export function personName(index: number): string {
  return `${FIRST_NAMES[index % FIRST_NAMES.length]} ${SURNAMES[Math.floor(index / FIRST_NAMES.length) % SURNAMES.length]}`;
}

const COMPANY_STEMS = [
  'Muster', 'Beispiel', 'Phantasia', 'Nirgendwo', 'Luftschloss', 'Platzhalter', 'Demo', 'Traumhaus', 'Wolkenheim', 'Scheinbau',
  'Papiertiger', 'Sandburg', 'Kartenhaus', 'Nebelfeld', 'Irrlicht', 'Fata Morgana', 'Potemkin', 'Schattenhof', 'Wunschtraum', 'Elfenbein',
];
const COMPANY_KINDS = ['Immobilien GmbH', 'Grundbesitz GmbH & Co. KG', 'Wohnbau UG (haftungsbeschränkt)', 'Hausverwaltung GmbH', 'Real Estate Ltd.', 'Vermögensverwaltung KG'];

/** Distinct for the first 60 indexes (20 stems and 6 legal forms cycle together). */
export function companyName(index: number): string {
  return `${COMPANY_STEMS[index % COMPANY_STEMS.length]} ${COMPANY_KINDS[(index * 7) % COMPANY_KINDS.length]}`;
}

/** A former name of a renamed company; the legal forms used here never occur in current names. */
export function formerCompanyName(index: number, generation: number): string {
  return `${COMPANY_STEMS[(index + 7 + generation * 5) % COMPANY_STEMS.length]} ${generation === 0 ? 'Wohnen GmbH' : 'Immobilienverwaltung AG'}`;
}

/** Unit labels in the usual German floor/side notation. */
export function unitLabel(index: number, singleRooms: boolean): string {
  if (singleRooms) return `Zimmer ${index + 1}`;
  const floors = ['EG', '1. OG', '2. OG', '3. OG', '4. OG', 'DG'];
  const sides = ['links', 'rechts'];
  return `${floors[Math.floor(index / 2) % floors.length]} ${sides[index % 2]}`;
}
