export interface AddressParts {
  street: string;
  houseNumber: string;
  houseNumberSuffix?: string | null;
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-case ASCII spelling: umlauts and ß written out, other accents dropped. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** "Muster-Straße", "Musterstr." and "Musterstrasse" all become "musterstr". */
export function normaliseStreet(street: string): string {
  return fold(street)
    .replace(/strasse(?![a-z])/g, 'str')
    .replace(/[\s.\-'’,/]+/g, '');
}

/**
 * Number and suffix as one comparable, sortable value: "12a", "12 A" and ("12", "a") agree, and the
 * number is zero-padded so that 9 sorts before 10.
 */
export function normaliseHouseNumber(houseNumber: string, suffix?: string | null): { number: string; suffix: string } {
  const compact = fold(houseNumber).replace(/\s+/g, '');
  const extra = fold(suffix ?? '').replace(/[\s.]+/g, '');
  const match = /^0*(\d+)(.*)$/.exec(compact);
  if (!match) return { number: compact, suffix: extra };
  return { number: match[1].padStart(6, '0'), suffix: match[2] + extra };
}

/** The key that finds one address however it was typed: "street|number|suffix". */
export function addressKey(parts: AddressParts): string {
  const { number, suffix } = normaliseHouseNumber(parts.houseNumber, parts.houseNumberSuffix);
  return `${normaliseStreet(parts.street)}|${number}|${suffix}`;
}
