/** A street as people type it, for matching: lower case, ß as ss, umlauts as plain vowels, "Straße", "Strasse" and "Str." alike, no spaces or hyphens. */
export function streetKey(street: string): string {
  return (
    street
      .normalize('NFC')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      // "Düsseldorfer", "Duesseldorfer" and "Dusseldorfer" alike: umlauts and their spellings become the plain vowel.
      .replace(/ä|ae/g, 'a')
      .replace(/ö|oe/g, 'o')
      .replace(/ü|ue/g, 'u')
      .replace(/str(?:asse|\.)/g, 'str')
      .replace(/[^a-z0-9]+/g, '')
  );
}

/** A house number with its suffix as one token: "12 a", "12a" and "12A" alike. */
export function houseNumberKey(number: string, suffix: string | null | undefined): string {
  return `${number}${suffix ?? ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** What the address search compares: the street, a space, the house number with its suffix. */
export function addressSearchKey(street: string, number: string, suffix: string | null | undefined): string {
  return `${streetKey(street)} ${houseNumberKey(number, suffix)}`;
}

/** What an address search asks for: a street (or its beginning), perhaps a house number with suffix, perhaps a postcode. */
export interface AddressQuery {
  street: string;
  number: string | null;
  postcode: string | null;
}

/**
 * Reads "Friedrich-Wilhelm-Str. 12 a, 47051" as people type it: a five-digit number is the postcode; the last token
 * that is a number (with a letter) is the house number, a single letter after it its suffix; the rest is the street.
 */
export function parseAddressQuery(text: string): AddressQuery {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  const postcodeAt = tokens.findIndex((t) => /^\d{5}$/.test(t));
  const postcode = postcodeAt >= 0 ? tokens.splice(postcodeAt, 1)[0] : null;
  // The last such token: street names may hold numbers themselves ("Straße des 17. Juni 5").
  const numberAt = tokens.findLastIndex((t, i) => i > 0 && /^\d{1,4}[a-zA-Z]?$/.test(t));
  let number: string | null = null;
  if (numberAt >= 0) {
    const suffix = /^[a-zA-Z]$/.test(tokens[numberAt + 1] ?? '') ? tokens[numberAt + 1] : '';
    number = houseNumberKey(tokens[numberAt], suffix);
    tokens.splice(numberAt, suffix ? 2 : 1);
  }
  return { street: streetKey(tokens.join(' ')), number, postcode };
}
