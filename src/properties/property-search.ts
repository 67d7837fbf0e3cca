import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { badRequest, fieldError } from '../common/problem.js';
import { normaliseStreet } from './address-key.js';
import type { Property } from './property.entity.js';

/** Position after the last row of a page in the list order (city, addressKey, id). */
export interface PropertyCursor {
  city: string;
  addressKey: string;
  id: string;
}

export function encodeCursor(cursor: PropertyCursor): string {
  return Buffer.from(JSON.stringify([cursor.city, cursor.addressKey, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): PropertyCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((v) => typeof v === 'string')) {
    throw badRequest('invalid_cursor', 'The cursor is not one this server handed out.', [fieldError('cursor', 'invalidCursor', 'cursor is invalid')]);
  }
  return { city: parsed[0], addressKey: parsed[1], id: parsed[2] };
}

const MAX_TERMS = 6;
const likeEscape = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * Every word must occur in the address, so a pasted "Ankerstraße 28, 47119 Duisburg" finds that building: a word
 * starting with a digit is the start of a house number (with its suffix, "28a") or of a postcode; any other word
 * occurs in the street (as typed or normalised, "Ankerstr."), or is a whole word of the city (portable LOWER ... LIKE).
 */
export function applyAddressSearch(qb: SelectQueryBuilder<Property>, alias: string, q: string): void {
  const terms = q
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  terms.forEach((term, i) => {
    if (/^\d/.test(term)) {
      // Postcodes keep their leading zero (01067 Dresden); house numbers are written without one.
      qb.andWhere(
        new Brackets((w) => {
          w.where(`LOWER(${alias}.houseNumber || COALESCE(${alias}.houseNumberSuffix, '')) LIKE :h${i} ESCAPE '!'`).orWhere(
            `${alias}.postcode LIKE :p${i} ESCAPE '!'`,
          );
        }),
        { [`h${i}`]: `${likeEscape(term.replace(/^0+(?=\d)/, ''))}%`, [`p${i}`]: `${likeEscape(term)}%` },
      );
      return;
    }
    const key = normaliseStreet(term);
    qb.andWhere(
      new Brackets((w) => {
        w.where(`LOWER(${alias}.street) LIKE :t${i} ESCAPE '!'`).orWhere(`(' ' || LOWER(${alias}.city) || ' ') LIKE :c${i} ESCAPE '!'`);
        if (key) w.orWhere(`${alias}.addressKey LIKE :k${i} ESCAPE '!'`);
      }),
      { [`t${i}`]: `%${likeEscape(term)}%`, [`c${i}`]: `% ${likeEscape(term)} %`, [`k${i}`]: `%${likeEscape(key)}%` },
    );
  });
}

/** Rows strictly after the cursor in (city, addressKey, id) order, written without row-value syntax. */
export function applyCursor(qb: SelectQueryBuilder<Property>, alias: string, cursor: PropertyCursor): void {
  qb.andWhere(
    new Brackets((w) => {
      w.where(`${alias}.city > :cCity`)
        .orWhere(`(${alias}.city = :cCity AND ${alias}.addressKey > :cKey)`)
        .orWhere(`(${alias}.city = :cCity AND ${alias}.addressKey = :cKey AND ${alias}.id > :cId)`);
    }),
    { cCity: cursor.city, cKey: cursor.addressKey, cId: cursor.id },
  );
}
