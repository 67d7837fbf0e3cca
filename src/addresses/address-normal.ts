/** A street as people type it, for matching: lower case, ß and umlauts spelled out, "Straße", "Strasse" and "Str." alike, no spaces or hyphens. */
export function streetKey(street: string): string {
  return street
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/str(?:asse|\.)/g, 'str')
    .replace(/[^a-z0-9]+/g, '');
}

/** A house number with its suffix as one token: "12 a", "12a" and "12A" alike. */
export function houseNumberKey(number: string, suffix: string | null | undefined): string {
  return `${number}${suffix ?? ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** What the address search compares: the street, a space, the house number with its suffix. */
export function addressSearchKey(street: string, number: string, suffix: string | null | undefined): string {
  return `${streetKey(street)} ${houseNumberKey(number, suffix)}`;
}
